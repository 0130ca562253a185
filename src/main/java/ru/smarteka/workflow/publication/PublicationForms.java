package ru.smarteka.workflow.publication;

import java.util.List;

/**
 * The keys of the fields of the publication's Camunda Forms ({@code forms/*.form}), each defined once: the steps read
 * the entered ones through {@code TaskForm}, {@link PrepareTaskListener} fills the read-only ones, tests submit them.
 */
public final class PublicationForms {

  // what every task of the publication shows of the passport (read-only, prefilled)
  public static final String PRACTICE_TITLE = "practiceTitle";
  public static final String PRACTICE_REGION = "practiceRegion";
  public static final String PRACTICE_CATEGORY = "practiceCategory";
  public static final String PRACTICE_LEVEL = "practiceLevel";
  public static final String PRACTICE_ORGANISATION = "practiceOrganisation";
  public static final String PRACTICE_PROBLEM = "practiceProblem";
  public static final String PRACTICE_SOLUTION = "practiceSolution";
  public static final String PRACTICE_RESULTS = "practiceResults";
  public static final String PRACTICE_DOCUMENTS = "practiceDocuments";
  public static final String PRACTICE_HISTORY = "practiceHistory";
  public static final String REVISION_ROUND = "revisionRound";

  // what the expert sees besides: the whole passport the criteria ask about
  public static final String PRACTICE_RESOURCES = "practiceResources";
  public static final String PRACTICE_EFFECT = "practiceEffect";
  public static final String PRACTICE_TARGET_AUDIENCE = "practiceTargetAudience";
  public static final String PRACTICE_COVERAGE = "practiceCoverage";
  public static final String PRACTICE_ALGORITHM = "practiceAlgorithm";
  public static final String PRACTICE_AUTHOR_TEAM = "practiceAuthorTeam";

  // start-publication
  public static final String PRACTICE_ID = "practiceId";
  public static final String CONFIRM_SUBMISSION = "confirmSubmission";

  // preliminary-check
  public static final String CHECK_DECISION = "checkDecision";
  public static final String CHECK_COMMENT = "checkComment";

  // revise-passport: the passport's revisable texts, prefilled with the current ones
  public static final String REVISION_REASON = "revisionReason";
  public static final String PASSPORT_TITLE = "passportTitle";
  public static final String PASSPORT_PROBLEM = "passportProblem";
  public static final String PASSPORT_SOLUTION = "passportSolution";
  public static final String PASSPORT_RESOURCES = "passportResources";
  public static final String PASSPORT_RESULTS = "passportResults";
  public static final String PASSPORT_EFFECT = "passportEffect";
  public static final String PASSPORT_TARGET_AUDIENCE = "passportTargetAudience";
  public static final String PASSPORT_COVERAGE = "passportCoverage";
  public static final String REVISION_NOTE = "revisionNote";

  // assign-experts
  public static final String SUGGESTED_EXPERTS = "suggestedExperts";
  public static final String EXPERT_CEILING = "expertCeiling";
  public static final String ASSIGNMENT_DECISION = "assignmentDecision";
  public static final String EXPERT_IDS = "expertIds";
  /** The options of the expert picker (form-js {@code valuesKey}): «name (login) — region; categories; load». */
  public static final String EXPERT_OPTIONS = "expertOptions";
  public static final String ASSIGNMENT_COMMENT = "assignmentComment";

  // add-experts
  public static final String EXPERTS_REQUEST = "expertsRequest";
  public static final String ADD_EXPERTS_NOTE = "addExpertsNote";

  // expert-assessment: the seven scores are Scores.FIELDS
  public static final List<String> SCORES = Scores.FIELDS;
  public static final String ASSESSMENT_COMMENT = "assessmentComment";

  // reassign-expert
  public static final String OVERDUE_EXPERT = "overdueExpert";
  public static final String AVAILABLE_EXPERTS = "availableExperts";
  public static final String REPLACEMENT_EXPERT_ID = "replacementExpertId";
  /** The options of the replacement picker (form-js {@code select} with {@code valuesKey}), as for the assignment. */
  public static final String REPLACEMENT_OPTIONS = "replacementOptions";

  // regional-confirmation
  public static final String CONFIRMATION_DECISION = "confirmationDecision";
  public static final String CONFIRMATION_COMMENT = "confirmationComment";

  // copy-editing: the editor's texts, prefilled with the author's
  public static final String EDITED_TITLE = "editedTitle";
  public static final String EDITED_PROBLEM = "editedProblem";
  public static final String EDITED_SOLUTION = "editedSolution";
  public static final String EDITED_RESULTS = "editedResults";
  public static final String EDITED_EFFECT = "editedEffect";
  public static final String EDITOR_NOTE = "editorNote";

  private PublicationForms() {
  }
}
