package ru.smarteka.workflow.replication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** The records of a replication's course, each a row of its own table. */
final class ReplicationRecords {

  /** Something that happened to a request: a status change, a decision, a reminder (who, when, why). */
  @Entity
  @Table(name = "replication_event")
  static class Event {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long requestId;
    String kind;
    String actor;
    Instant happenedAt;
    String note;

    protected Event() {
    }

    Event(Long requestId, String kind, String actor, Instant happenedAt, String note) {
      this.requestId = requestId;
      this.kind = kind;
      this.actor = actor;
      this.happenedAt = happenedAt;
      this.note = note;
    }
  }

  /** The moderator's record of the recipient's meeting with the mentor. */
  @Entity
  @Table(name = "replication_meeting")
  static class Meeting {
    @Id
    Long requestId;
    LocalDate meetingDate;
    String participants;
    String outcome;
    String recordedBy;
    Instant recordedAt;

    protected Meeting() {
    }

    Meeting(Long requestId, LocalDate meetingDate, String participants, String outcome, String recordedBy,
        Instant recordedAt) {
      this.requestId = requestId;
      this.meetingDate = meetingDate;
      this.participants = participants;
      this.outcome = outcome;
      this.recordedBy = recordedBy;
      this.recordedAt = recordedAt;
    }
  }

  /** A milestone of a roadmap version: what, by when, who is responsible. */
  @Entity
  @Table(name = "replication_milestone")
  static class Milestone {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long requestId;
    int roadmapVersion;
    int position;
    String title;
    LocalDate dueDate;
    String responsible;
    /** When the recipient region was reminded of it (once). */
    Instant remindedAt;

    protected Milestone() {
    }

    Milestone(Long requestId, int roadmapVersion, int position, String title, LocalDate dueDate, String responsible) {
      this.requestId = requestId;
      this.roadmapVersion = roadmapVersion;
      this.position = position;
      this.title = title;
      this.dueDate = dueDate;
      this.responsible = responsible;
    }
  }

  /**
   * A version of a roadmap: who submitted it, when, with which roadmap document, and the moderator's review of it
   * (the milestones of the version are {@link Milestone}s of its number).
   */
  @Entity
  @Table(name = "replication_roadmap")
  static class Roadmap {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long requestId;
    int version;
    String submittedBy;
    Instant submittedAt;
    String note;
    Long documentId;
    @Enumerated(EnumType.STRING)
    RoadmapDecision decision;
    String decidedBy;
    Instant decidedAt;
    String remarks;

    protected Roadmap() {
    }

    Roadmap(Long requestId, int version, String submittedBy, Instant submittedAt, String note, Long documentId) {
      this.requestId = requestId;
      this.version = version;
      this.submittedBy = submittedBy;
      this.submittedAt = submittedAt;
      this.note = note;
      this.documentId = documentId;
    }

    void decide(RoadmapDecision decision, String by, Instant at, String remarks) {
      this.decision = decision;
      this.decidedBy = by;
      this.decidedAt = at;
      this.remarks = remarks;
    }
  }

  /** A progress report of the recipient. */
  @Entity
  @Table(name = "replication_progress")
  static class Progress {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long requestId;
    String reportedBy;
    Instant reportedAt;
    String progressText;
    String achievedResult;
    boolean complete;

    protected Progress() {
    }

    Progress(Long requestId, String reportedBy, Instant reportedAt, String progressText, String achievedResult,
        boolean complete) {
      this.requestId = requestId;
      this.reportedBy = reportedBy;
      this.reportedAt = reportedAt;
      this.progressText = progressText;
      this.achievedResult = achievedResult;
      this.complete = complete;
    }
  }

  /** The recipient's evaluation of the results, six months after implementation. */
  @Entity
  @Table(name = "replication_evaluation")
  static class Evaluation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long requestId;
    String submittedBy;
    Instant submittedAt;
    String achievedResults;
    String comparison;
    String note;

    protected Evaluation() {
    }

    Evaluation(Long requestId, String submittedBy, Instant submittedAt, String achievedResults, String comparison,
        String note) {
      this.requestId = requestId;
      this.submittedBy = submittedBy;
      this.submittedAt = submittedAt;
      this.achievedResults = achievedResults;
      this.comparison = comparison;
      this.note = note;
    }
  }

  /** A document of a replication: the roadmap, legal acts, orders. */
  @Entity
  @Table(name = "replication_document")
  static class Document {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long requestId;
    @Enumerated(EnumType.STRING)
    ReplicationDocumentKind kind;
    String fileName;
    String contentType;
    long sizeBytes;
    String sha256;
    String uploadedBy;
    Instant uploadedAt;

    protected Document() {
    }

    Document(Long requestId, ReplicationDocumentKind kind, String fileName, String contentType, long sizeBytes,
        String sha256, String uploadedBy, Instant uploadedAt) {
      this.requestId = requestId;
      this.kind = kind;
      this.fileName = fileName;
      this.contentType = contentType;
      this.sizeBytes = sizeBytes;
      this.sha256 = sha256;
      this.uploadedBy = uploadedBy;
      this.uploadedAt = uploadedAt;
    }
  }

  @Entity
  @Table(name = "replication_document_content")
  static class DocumentContent {
    @Id
    Long documentId;
    byte[] data;

    protected DocumentContent() {
    }

    DocumentContent(Long documentId, byte[] data) {
      this.documentId = documentId;
      this.data = data;
    }
  }

  /** An ASI moderator who takes replications of a category. */
  @Entity
  @Table(name = "replication_moderator")
  static class CategoryModerator {
    @EmbeddedId
    Key key;

    protected CategoryModerator() {
    }

    CategoryModerator(String userId, String categoryCode) {
      this.key = new Key(userId, categoryCode);
    }

    @Embeddable
    record Key(@Column(name = "user_id") String userId, @Column(name = "category_code") String categoryCode)
        implements Serializable {
    }
  }

  private ReplicationRecords() {
  }
}
