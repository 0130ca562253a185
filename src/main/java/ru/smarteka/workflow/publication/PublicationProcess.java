package ru.smarteka.workflow.publication;

/** IDs and variable names of {@code processes/practice-publication.bpmn}, used by its delegates and tests. */
public final class PublicationProcess {

  public static final String KEY = "practice-publication";

  // user tasks
  public static final String TASK_PRELIMINARY_CHECK = "Task_PreliminaryCheck";
  public static final String TASK_REVISE_PASSPORT = "Task_RevisePassport";
  public static final String TASK_ASSIGN_EXPERTS = "Task_AssignExperts";
  public static final String TASK_ADD_EXPERTS = "Task_AddExperts";
  public static final String TASK_EXPERT_ASSESSMENT = "Task_ExpertAssessment";
  public static final String TASK_REASSIGN_EXPERT = "Task_ReassignExpert";
  public static final String TASK_REGIONAL_CONFIRMATION = "Task_RegionalConfirmation";
  public static final String TASK_COPY_EDITING = "Task_CopyEditing";

  // other elements tests and history refer to
  public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibility";
  public static final String TASK_PUBLISH = "Task_PublishPractice";
  public static final String TASK_DECIDE_VERDICT = "Task_DecideExpertiseVerdict";
  public static final String SUBPROCESS_EXPERTISE = "SubProcess_Expertise";
  public static final String EVENT_REVISION_TIMEOUT = "Event_RevisionTimeout";
  public static final String EVENT_ASSESSMENT_OVERDUE = "Event_AssessmentOverdue";

  // end events: one per outcome
  public static final String END_PUBLISHED = "Event_PracticePublished";
  public static final String END_NOT_ELIGIBLE = "Event_RegionNotEligible";
  public static final String END_REMOVED = "Event_PracticeRemoved";
  public static final String END_REVISION_TIMED_OUT = "Event_RevisionTimedOut";
  public static final String END_REJECTED = "Event_ExpertiseRejected";
  public static final String END_NOT_CONFIRMED = "Event_RegionDidNotConfirm";
  public static final String END_WITHDRAWN = "Event_PracticeWithdrawn";

  // decisions
  public static final String DECISION_ELIGIBILITY = "publication-eligibility";
  public static final String DECISION_VERDICT = "expertise-verdict";
  public static final String DECISION_DEADLINES = "task-deadlines";

  /** The message by which the author withdraws the practice (event subprocess). */
  public static final String MESSAGE_WITHDRAW = "PracticeWithdrawalRequested";

  // process variables: the practice id (for people reading the instance) and the facts the gateways decide on, each
  // written by the step just before its gateway; the steps read the practice itself through PublicationCase
  public static final String VAR_PRACTICE_ID = "practiceId";
  public static final String VAR_RATING_YEAR = "ratingYear";
  public static final String VAR_ELIGIBILITY_RESULT = "eligibilityResult";
  public static final String VAR_ELIGIBLE = "eligible";
  public static final String VAR_CHECK_OUTCOME = "checkOutcome";
  public static final String VAR_EXPERT_ID = "expertId";
  public static final String VAR_ASSIGNMENT_OUTCOME = "assignmentOutcome";
  public static final String VAR_EXPERTS_REQUEST = "expertsRequest";
  public static final String VAR_AVERAGE_SCORE = "averageScore";
  public static final String VAR_LOWEST_CRITERION_AVERAGE = "lowestCriterionAverage";
  public static final String VAR_VERDICT_RESULT = "expertiseVerdict";
  public static final String VAR_VERDICT = "verdict";
  public static final String VAR_CONFIRMATION_OUTCOME = "confirmationOutcome";
  public static final String VAR_WITHDRAWAL_REASON = "withdrawalReason";
  public static final String VAR_WITHDRAWN_BY = "withdrawnBy";

  // inputs of the publication-eligibility decision
  public static final String IN_INVESTMENT_INTEGRAL_RANK = "investmentIntegralRank";
  public static final String IN_INVESTMENT_GROWTH_RANK = "investmentGrowthRank";
  public static final String IN_QOL_RANK = "qolRank";
  public static final String IN_QOL_GROWTH_RANK = "qolGrowthRank";
  public static final String IN_ASI_PROJECT_READY = "asiProjectReady";
  public static final String IN_FORUM_IDEA_PLACE = "forumIdeaPlace";
  public static final String IN_RECOMMENDED_BY_STATE_COUNCIL = "recommendedByStateCouncil";
  public static final String IN_RECOMMENDED_BY_FEDERAL_BODY = "recommendedByFederalBody";
  public static final String IN_RECOMMENDED_BY_ASI = "recommendedByAsi";

  // outcomes on the gateways
  public static final String CHECK_ACCEPT = "ACCEPT";
  public static final String CHECK_RETURN = "RETURN";
  public static final String CHECK_REMOVE = "REMOVE";
  public static final String ASSIGN = "ASSIGN";
  public static final String REQUEST_EXPERTS = "REQUEST_EXPERTS";
  public static final String VERDICT_PUBLISH = "PUBLISH";
  public static final String VERDICT_RETURN = "RETURN_FOR_REVISION";
  public static final String VERDICT_REJECT = "REJECT";
  public static final String CONFIRM = "CONFIRM";
  public static final String REFUSE = "REFUSE";

  private PublicationProcess() {
  }
}
