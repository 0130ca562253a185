package ru.smarteka.workflow.replication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A replication and its whole course, as the recipient, the mentor and the moderator read it. */
public record ReplicationView(
    long id,
    long version,
    long practiceId,
    String practiceTitle,
    String practiceRegion,
    String recipientRegion,
    String responsibleBody,
    String officialId,
    String officialName,
    String officialPosition,
    PositionLevel positionLevel,
    String organisation,
    String contactEmail,
    String contactPhone,
    ReplicationStatus status,
    String moderatorId,
    String authorityOutcome,
    String authorityReason,
    Instant createdAt,
    Instant updatedAt,
    Instant closedAt,
    List<EventView> history,
    MeetingView meeting,
    /** The milestones of the latest roadmap version (every version: {@link #roadmaps}). */
    List<MilestoneView> roadmap,
    List<ProgressView> progress,
    List<EvaluationView> evaluations,
    List<DocumentView> documents,
    /** Every roadmap version, the first first, with its document, review and milestones. */
    List<RoadmapView> roadmaps) {

  public record EventView(String kind, String actor, Instant at, String note) {
  }

  public record MeetingView(LocalDate date, String participants, String outcome, String recordedBy) {
  }

  public record MilestoneView(int roadmapVersion, int position, String title, LocalDate dueDate, String responsible) {
  }

  public record ProgressView(String reportedBy, Instant reportedAt, String progress, String achievedResult,
      boolean complete) {
  }

  public record EvaluationView(String submittedBy, Instant submittedAt, String achievedResults, String comparison,
      String note) {
  }

  public record DocumentView(long id, String kind, String fileName, String contentType, long sizeBytes,
      String sha256, String uploadedBy, Instant uploadedAt, String kindLabel) {
  }

  /**
   * A roadmap version: who submitted it and when, with the recipient's note and the roadmap document in force then;
   * the moderator's decision on it and the remarks of a return (none while it waits for review); its milestones.
   */
  public record RoadmapView(int version, String submittedBy, Instant submittedAt, String note, DocumentView document,
      RoadmapDecision decision, String decisionLabel, String decidedBy, Instant decidedAt, String remarks,
      List<MilestoneView> milestones) {
  }

  /** A row of the replication list. */
  public record Summary(long id, long practiceId, String recipientRegion, ReplicationStatus status,
      String moderatorId, Instant createdAt) {
  }
}
