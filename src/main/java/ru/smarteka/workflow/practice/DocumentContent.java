package ru.smarteka.workflow.practice;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a supporting document, apart from its metadata. */
@Entity
@Table(name = "practice_document_content")
class DocumentContent {

  @Id
  private Long documentId;

  private byte[] data;

  protected DocumentContent() {
  }

  DocumentContent(Long documentId, byte[] data) {
    this.documentId = documentId;
    this.data = data;
  }

  byte[] data() {
    return data;
  }
}
