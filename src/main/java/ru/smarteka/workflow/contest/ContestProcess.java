package ru.smarteka.workflow.contest;

/** IDs, messages and variable names of {@code processes/practice-contest.bpmn} and {@code contest-entry.bpmn}. */
public final class ContestProcess {

  public static final String CONTEST_KEY = "practice-contest";
  public static final String ENTRY_KEY = "contest-entry";
  public static final String CRITERIA_DECISION = "contest-criteria";

  public static final String EVENT_INTAKE_DEADLINE = "Event_IntakeDeadline";
  public static final String TASK_CONFIRM_SHORT_LIST = "Task_ConfirmShortList";
  public static final String EVENT_VOTING_STARTS = "Event_VotingStarts";
  public static final String EVENT_VOTING_ENDS = "Event_VotingEnds";
  public static final String END_RESULTS_PUBLISHED = "Event_ResultsPublished";
  public static final String END_NOT_HELD = "Event_ContestNotHeld";

  public static final String EVENT_INTAKE_CLOSED = "Event_IntakeClosed";
  public static final String TASK_SCORE_ENTRY = "Task_ScoreEntry";
  public static final String EVENT_SHORT_LIST_CONFIRMED = "Event_ShortListConfirmed";
  public static final String EVENT_RESULTS_ANNOUNCED = "Event_ResultsAnnounced";
  public static final String END_WINNER = "Event_Winner";
  public static final String END_FINALIST = "Event_Finalist";
  public static final String END_NOT_SHORT_LISTED = "Event_NotShortListed";

  public static final String MESSAGE_INTAKE_CLOSED = "contest-intake-closed";
  public static final String MESSAGE_SHORT_LIST = "contest-short-list";
  public static final String MESSAGE_RESULTS = "contest-results";
  public static final String MESSAGE_ADMITTED = "contest-entry-admitted";
  public static final String MESSAGE_REFUSED = "contest-entry-refused";
  public static final String GATEWAY_CHECK_OUTCOME = "Gateway_CheckOutcome";
  public static final String END_NOT_ADMITTED = "Event_NotAdmitted";
  public static final String END_NOT_ADMITTED_IN_TIME = "Event_NotAdmittedInTime";

  public static final String VAR_CONTEST_ID = "contestId";
  public static final String VAR_ENTRY_ID = "entryId";
  /** The element of the nominations' collection: the nomination whose short list the chair's task confirms. */
  public static final String VAR_NOMINATION_ID = "nominationId";
  /** The element of the assessments' collection: the working-group member's assessment the task records. */
  public static final String VAR_ASSESSMENT_ID = "assessmentId";

  /** The group of the portal's client account(s), which cast residents' votes. */
  public static final String PORTAL_GROUP = "portal-clients";

  /** The working group of a nomination: {@code contest-<id>-nomination-<n>}. */
  public static String workingGroup(long contestId, int nomination) {
    return "contest-" + contestId + "-nomination-" + nomination;
  }

  public static String contestKey(long contestId) {
    return ru.smarteka.workflow.engine.BusinessKeys.contest(contestId);
  }

  public static String entryKey(long entryId) {
    return ru.smarteka.workflow.engine.BusinessKeys.contestEntry(entryId);
  }

  private ContestProcess() {
  }
}
