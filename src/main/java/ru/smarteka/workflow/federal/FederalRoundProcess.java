package ru.smarteka.workflow.federal;

/** IDs and variable names of {@code processes/federal-approval-round.bpmn} and {@code federal-practice-review.bpmn}. */
public final class FederalRoundProcess {

  public static final String ROUND_KEY = "federal-approval-round";
  public static final String REVIEW_KEY = "federal-practice-review";
  public static final String ROUTING_DECISION = "federal-review-routing";

  public static final String CALL_PRACTICE_REVIEWS = "Task_ReviewPractices";
  public static final String EVENT_ROUND_DEADLINE = "Event_RoundDeadline";
  public static final String END_ROUND_CLOSED = "Event_RoundClosed";

  public static final String TASK_REVIEW_PRACTICE = "Task_ReviewPractice";
  public static final String END_APPROVED = "Event_PracticeApproved";
  public static final String END_NOT_APPROVED = "Event_PracticeNotApproved";
  public static final String END_NO_REVIEWER = "Event_NoReviewer";

  public static final String VAR_ROUND_ID = "roundId";
  /** The business key of each practice's review ({@code federal-review-<id>}), the call activity's element. */
  public static final String VAR_REVIEW_BUSINESS_KEY = "reviewBusinessKey";
  public static final String VAR_PRACTICE_ID = "practiceId";
  public static final String VAR_CATEGORY = "categoryCode";
  public static final String VAR_ROUTED = "routedReviewers";
  public static final String VAR_REVIEWER_COUNT = "reviewerCount";
  public static final String VAR_REVIEW_ID = "reviewId";
  public static final String VAR_APPROVED = "approved";

  private FederalRoundProcess() {
  }
}
