package ru.smarteka.workflow.practice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A supporting document's metadata; its bytes are in {@link DocumentContent}. */
@Entity
@Table(name = "practice_document")
class PracticeDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long practiceId;
  private String fileName;
  private String contentType;
  private long sizeBytes;
  private String sha256;
  private String uploadedBy;
  private Instant uploadedAt;
  /** Whether the public catalogue offers it while the practice is published (an ASI editor or moderator decides). */
  private boolean publicAccess;

  protected PracticeDocument() {
  }

  PracticeDocument(Long practiceId, String fileName, String contentType, long sizeBytes, String sha256,
      String uploadedBy, Instant uploadedAt) {
    this.practiceId = practiceId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  DocumentView view() {
    return new DocumentView(id, fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt, publicAccess);
  }

  /** What the public catalogue shows of it: no uploader's login. */
  PublicDocument publicView() {
    return new PublicDocument(id, fileName, contentType, sizeBytes, sha256, uploadedAt);
  }

  boolean publicAccess() {
    return publicAccess;
  }

  void setPublicAccess(boolean publicAccess) {
    this.publicAccess = publicAccess;
  }

  Long id() {
    return id;
  }

  Long practiceId() {
    return practiceId;
  }

  String fileName() {
    return fileName;
  }

  String contentType() {
    return contentType;
  }

  String sha256() {
    return sha256;
  }
}
