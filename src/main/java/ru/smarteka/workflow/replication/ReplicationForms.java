package ru.smarteka.workflow.replication;

/**
 * The keys of the replication's Camunda Forms ({@code forms/*.form}) and of their fields, each defined once: the
 * model names the forms, the steps read the entered fields through {@code TaskForm}, {@link PrepareReplicationTask}
 * fills the read-only ones, tests submit them.
 */
public final class ReplicationForms {

  // the forms (camunda:formRef of processes/practice-replication.bpmn)
  public static final String FORM_START = "start-replication";
  public static final String FORM_SCREEN_REQUEST = "screen-request";
  public static final String FORM_ARRANGE_MENTOR_MEETING = "arrange-mentor-meeting";
  public static final String FORM_SUBMIT_ROADMAP = "submit-roadmap";
  public static final String FORM_REVIEW_ROADMAP = "review-roadmap";
  public static final String FORM_REPORT_PROGRESS = "report-progress";
  public static final String FORM_CONFIRM_IMPLEMENTATION = "confirm-implementation";
  public static final String FORM_SUBMIT_EVALUATION = "submit-evaluation";
  public static final String FORM_VALIDATE_EVALUATION = "validate-evaluation";

  // start-replication: the request («Хочу внедрить»), read into RequestData
  public static final String PRACTICE_ID = "practiceId";
  public static final String RECIPIENT_REGION = "recipientRegion";
  public static final String RESPONSIBLE_BODY = "responsibleBody";
  public static final String OFFICIAL_POSITION = "officialPosition";
  public static final String ORGANISATION = "organisation";
  public static final String POSITION_LEVEL = "positionLevel";
  public static final String CONTACT_EMAIL = "contactEmail";
  public static final String CONTACT_PHONE = "contactPhone";
  public static final String DECLARATION_STUDIED = "declarationStudied";
  public static final String DECLARATION_READY = "declarationReady";
  public static final String DECLARATION_COOPERATE = "declarationCooperate";

  // what the tasks show of the request (read-only, prefilled; responsibleBody, officialPosition and organisation
  // under the keys above)
  public static final String PRACTICE_TITLE = "practiceTitle";
  public static final String PRACTICE_REGION = "practiceRegion";
  public static final String RECIPIENT_REGION_NAME = "recipientRegionName";
  public static final String OFFICIAL_NAME = "officialName";
  public static final String POSITION_LEVEL_NAME = "positionLevelName";
  public static final String CONTACTS = "contacts";
  public static final String MODERATOR_NAME = "moderatorName";
  public static final String AUTHORITY_CONCLUSION = "authorityConclusion";
  /** The practice's approval for mass replication by a federal body or commission, if any (read-only). */
  public static final String FEDERAL_APPROVAL = "federalApproval";
  public static final String MENTOR_TEAM = "mentorTeam";
  public static final String REVIEW_COMMENTS = "reviewComments";
  public static final String RETURN_REMARKS = "returnRemarks";
  public static final String ROADMAP_VIEW = "roadmapView";
  public static final String DOCUMENTS_VIEW = "documentsView";
  public static final String UPLOAD_TO = "uploadTo";
  public static final String PROGRESS_VIEW = "progressView";
  public static final String PLANNED_RESULTS = "plannedResults";
  public static final String EVALUATION_VIEW = "evaluationView";

  // screen-request
  public static final String SCREENING_DECISION = "screeningDecision";
  public static final String SCREENING_COMMENT = "screeningComment";

  // arrange-mentor-meeting
  public static final String MEETING_DATE = "meetingDate";
  public static final String MEETING_PARTICIPANTS = "meetingParticipants";
  public static final String MEETING_OUTCOME = "meetingOutcome";

  // submit-roadmap; the roadmap document is uploaded to the request, its refusals name ROADMAP_DOCUMENT
  public static final String ROADMAP_MILESTONES = "roadmapMilestones";
  public static final String ROADMAP_NOTE = "roadmapNote";
  public static final String ROADMAP_DOCUMENT = "roadmapDocument";

  // review-roadmap
  public static final String ROADMAP_DECISION = "roadmapDecision";
  public static final String ROADMAP_COMMENT = "roadmapComment";

  // report-progress; the documents that prove the implementation are uploaded, refusals name IMPLEMENTATION_DOCUMENTS
  public static final String PROGRESS_TEXT = "progressText";
  public static final String ACHIEVED_RESULT = "achievedResult";
  public static final String IMPLEMENTATION_COMPLETE = "implementationComplete";
  public static final String IMPLEMENTATION_DOCUMENTS = "implementationDocuments";

  // confirm-implementation
  public static final String IMPLEMENTATION_DECISION = "implementationDecision";
  public static final String IMPLEMENTATION_COMMENT = "implementationComment";

  // submit-evaluation
  public static final String ACHIEVED_RESULTS = "achievedResults";
  public static final String COMPARISON_WITH_PLAN = "comparisonWithPlan";
  public static final String EVALUATION_NOTE = "evaluationNote";

  // validate-evaluation
  public static final String EVALUATION_DECISION = "evaluationDecision";
  public static final String EVALUATION_COMMENT = "evaluationComment";

  private ReplicationForms() {
  }
}
