package ru.smarteka.workflow.practice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A change of whether a supporting document is public: who made it public or took it back, when, why. */
@Entity
@Table(name = "practice_document_visibility")
class DocumentVisibilityChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long documentId;
  private boolean publicAccess;
  private String changedBy;
  private Instant changedAt;
  private String reason;

  protected DocumentVisibilityChange() {
  }

  DocumentVisibilityChange(long documentId, boolean publicAccess, String changedBy, Instant changedAt,
      String reason) {
    this.documentId = documentId;
    this.publicAccess = publicAccess;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.reason = reason;
  }

  DocumentVisibilityView view() {
    return new DocumentVisibilityView(publicAccess, changedBy, changedAt, reason);
  }
}
