package ru.smarteka.workflow.replication;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A replication and its whole course, as the recipient, the mentor and the moderator read it: the practice it is
 * about, the applicant's request, where it stands, and its course. Our API writes it as one flat object (the parts
 * unwrapped, in this order).
 */
public record ReplicationView(
    long id,
    long version,
    @JsonUnwrapped Practice practice,
    @JsonUnwrapped Applicant applicant,
    @JsonUnwrapped Standing standing,
    @JsonUnwrapped Course course) {

  /** The practice replicated: its id, title and region (the author's). */
  public record Practice(long practiceId, String practiceTitle, String practiceRegion) {
  }

  /** The request as the official gave it («Хочу внедрить») and who they are. */
  public record Applicant(String recipientRegion, String responsibleBody, String officialId, String officialName,
      String officialPosition, PositionLevel positionLevel, String organisation, String contactEmail,
      String contactPhone) {

    /** How to reach the official: the e-mail address, and the phone when given. */
    public String contacts() {
      return contactEmail + (contactPhone == null ? "" : ", " + contactPhone);
    }
  }

  /** Where the replication stands: status, its moderator, the applicant's authority, when it changed. */
  public record Standing(ReplicationStatus status, String moderatorId, String authorityOutcome,
      String authorityReason, Instant createdAt, Instant updatedAt, Instant closedAt) {
  }

  /**
   * What happened so far: the history, the meeting, the milestones of the latest roadmap version ({@code roadmap};
   * every version with its document, review and milestones: {@code roadmaps}), reports, evaluations, documents.
   */
  public record Course(List<EventView> history, MeetingView meeting, List<MilestoneView> roadmap,
      List<ProgressView> progress, List<EvaluationView> evaluations, List<DocumentView> documents,
      List<RoadmapView> roadmaps) {
  }

  public long practiceId() {
    return practice.practiceId();
  }

  public String recipientRegion() {
    return applicant.recipientRegion();
  }

  public ReplicationStatus status() {
    return standing.status();
  }

  public String moderatorId() {
    return standing.moderatorId();
  }

  public List<EventView> history() {
    return course.history();
  }

  /** The milestones of the latest roadmap version. */
  public List<MilestoneView> roadmap() {
    return course.roadmap();
  }

  public List<ProgressView> progress() {
    return course.progress();
  }

  public List<EvaluationView> evaluations() {
    return course.evaluations();
  }

  public List<DocumentView> documents() {
    return course.documents();
  }

  /** Every roadmap version, the first first. */
  public List<RoadmapView> roadmaps() {
    return course.roadmaps();
  }

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
