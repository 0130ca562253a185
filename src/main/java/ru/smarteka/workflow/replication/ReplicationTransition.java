package ru.smarteka.workflow.replication;

import static ru.smarteka.workflow.replication.ReplicationStatus.*;

/**
 * The named moves of a replication request, the only way its status changes ({@link ReplicationHistory#move}); each
 * leads to one status and is refused, unless {@link ReplicationStatus#next()} allows it from where the request
 * stands.
 */
enum ReplicationTransition {
  /** The moderator accepts the request at the screening. */
  ACCEPT(ACCEPTED),
  /** The moderator rejects the request without consideration. */
  REJECT(REJECTED),
  /** The recipient has met the mentor; the roadmap is due. */
  HOLD_MEETING(MEETING_HELD),
  /** A roadmap version waits for the moderator. */
  SUBMIT_ROADMAP(ROADMAP_SUBMITTED),
  /** The moderator approves the roadmap: the implementation starts. */
  APPROVE_ROADMAP(IMPLEMENTING),
  /** The moderator returns the roadmap with remarks. */
  RETURN_ROADMAP(ROADMAP_RETURNED),
  /** A new progress report answers the moderator's remarks: the implementation is under way again. */
  RESUME_IMPLEMENTATION(IMPLEMENTING),
  /** The moderator confirms the implementation; the evaluation is due later. */
  CONFIRM_IMPLEMENTATION(IMPLEMENTED),
  /** The moderator does not confirm the implementation yet. */
  RETURN_IMPLEMENTATION(IMPLEMENTATION_RETURNED),
  /** The recipient's evaluation waits for the moderator. */
  SUBMIT_EVALUATION(EVALUATION_SUBMITTED),
  /** The moderator validates the evaluation: the replication is complete. */
  VALIDATE_EVALUATION(EVALUATED),
  /** The moderator returns the evaluation with remarks. */
  RETURN_EVALUATION(EVALUATION_RETURNED),
  /** The recipient abandons the replication. */
  ABANDON(ABANDONED);

  private final ReplicationStatus target;

  ReplicationTransition(ReplicationStatus target) {
    this.target = target;
  }

  /** The status the move leads to. */
  ReplicationStatus target() {
    return target;
  }

  /** The move of a decision: the first when the decision is positive, else the second. */
  static ReplicationTransition of(boolean positive, ReplicationTransition yes, ReplicationTransition no) {
    return positive ? yes : no;
  }
}
