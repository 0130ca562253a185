package ru.smarteka.workflow.replication;

/** Where a replication request stands. */
public enum ReplicationStatus {
  /** «Хочу внедрить» pressed; waiting for the moderator's screening. */
  REQUESTED,
  /** Rejected without consideration by the moderator. */
  REJECTED,
  /** Accepted: the moderator arranges the meeting with the mentor. */
  ACCEPTED,
  /** The recipient met the mentor; the roadmap is being prepared. */
  MEETING_HELD,
  /** The roadmap waits for the moderator's review. */
  ROADMAP_SUBMITTED,
  /** The roadmap was returned with remarks. */
  ROADMAP_RETURNED,
  /** The roadmap is approved; the practice is being implemented. */
  IMPLEMENTING,
  /** The moderator confirmed the implementation; the evaluation is due in six months. */
  IMPLEMENTED,
  /** The recipient's evaluation waits for the moderator. */
  EVALUATION_SUBMITTED,
  /** The evaluation is validated: the replication is complete. */
  EVALUATED,
  /** The recipient abandoned the replication. */
  ABANDONED;

  public boolean isOpen() {
    return this != REJECTED && this != EVALUATED && this != ABANDONED;
  }
}
