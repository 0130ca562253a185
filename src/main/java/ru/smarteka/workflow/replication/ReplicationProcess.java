package ru.smarteka.workflow.replication;

/** IDs and variable names of {@code processes/practice-replication.bpmn}, used by its delegates and tests. */
public final class ReplicationProcess {

  public static final String KEY = "practice-replication";

  public static final String TASK_SCREEN_REQUEST = "Task_ScreenRequest";
  public static final String TASK_ARRANGE_MENTOR_MEETING = "Task_ArrangeMentorMeeting";
  public static final String TASK_SUBMIT_ROADMAP = "Task_SubmitRoadmap";
  public static final String TASK_REVIEW_ROADMAP = "Task_ReviewRoadmap";
  public static final String TASK_REPORT_PROGRESS = "Task_ReportProgress";
  public static final String TASK_CONFIRM_IMPLEMENTATION = "Task_ConfirmImplementation";
  public static final String TASK_SUBMIT_EVALUATION = "Task_SubmitEvaluation";
  public static final String TASK_VALIDATE_EVALUATION = "Task_ValidateEvaluation";
  public static final String TASK_CHECK_AUTHORITY = "Task_CheckAuthority";

  public static final String EVENT_MILESTONE_REMINDER = "Event_MilestoneReminder";
  public static final String EVENT_EVALUATION_DUE = "Event_EvaluationDue";

  public static final String END_EVALUATED = "Event_ReplicationEvaluated";
  public static final String END_REJECTED = "Event_RequestRejected";
  public static final String END_ABANDONED = "Event_ReplicationAbandoned";
  public static final String END_REMINDER_SENT = "Event_ReminderSent";

  public static final String DECISION_AUTHORITY = "recipient-authority";
  /** The outputs of {@code recipient-authority} (its result is the map {@link #VAR_AUTHORITY}). */
  public static final String AUTHORITY_OUTCOME = "authorityOutcome";
  public static final String AUTHORITY_REASON = "authorityReason";
  public static final String MESSAGE_ABANDON = "ReplicationAbandoned";

  public static final String VAR_REQUEST_ID = "requestId";
  public static final String VAR_PRACTICE_ID = "practiceId";
  public static final String VAR_RECIPIENT_REGION = "recipientRegion";
  public static final String VAR_PRACTICE_REGION = "practiceRegion";
  public static final String VAR_CATEGORY = "categoryCode";
  public static final String VAR_REQUESTED_BY = "requestedBy";
  public static final String VAR_MODERATOR = "moderatorId";
  public static final String VAR_POSITION_LEVEL = "positionLevel";
  public static final String VAR_PROFILE_COMPLETE = "profileComplete";
  public static final String VAR_AUTHORITY = "authority";
  public static final String VAR_AUTHORITY_OUTCOME = "authorityOutcome";
  public static final String VAR_SCREENING_OUTCOME = "screeningOutcome";
  public static final String VAR_ROADMAP_OUTCOME = "roadmapOutcome";
  public static final String VAR_IMPLEMENTATION_COMPLETE = "implementationComplete";
  public static final String VAR_IMPLEMENTATION_OUTCOME = "implementationOutcome";
  public static final String VAR_EVALUATION_OUTCOME = "evaluationOutcome";
  public static final String VAR_EVALUATION_DELAY = "evaluationDelay";
  public static final String VAR_NEXT_REMINDER_AT = "nextReminderAt";
  public static final String VAR_ABANDONMENT_REASON = "abandonmentReason";
  public static final String VAR_ABANDONED_BY = "abandonedBy";

  public static final String ACCEPT = "ACCEPT";
  public static final String REJECT = "REJECT";
  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";
  public static final String CONFIRM = "CONFIRM";
  public static final String VALIDATE = "VALIDATE";

  private ReplicationProcess() {
  }
}
