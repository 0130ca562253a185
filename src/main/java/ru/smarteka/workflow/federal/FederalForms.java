package ru.smarteka.workflow.federal;

/** Field keys of {@code forms/federal-review.form}. */
final class FederalForms {

  static final String PRACTICE_TITLE = "practiceTitle";
  static final String PRACTICE_REGION = "practiceRegion";
  static final String PRACTICE_CATEGORY = "practiceCategory";
  static final String PRACTICE_SUMMARY = "practiceSummary";
  static final String REVIEWER_NAME = "reviewerName";
  static final String ROUND_NAME = "roundName";
  static final String ROUND_DEADLINE = "roundDeadline";

  static final String DECISION = "reviewDecision";
  static final String CONCLUSION = "reviewConclusion";
  static final String RECOMMEND_PROJECT = "recommendProject";
  static final String RECOMMENDED_PROJECT = "recommendedProject";

  private FederalForms() {
  }
}
