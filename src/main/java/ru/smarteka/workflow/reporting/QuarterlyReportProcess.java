package ru.smarteka.workflow.reporting;

/** IDs and variable names of {@code processes/quarterly-report.bpmn} and its launcher. */
public final class QuarterlyReportProcess {

  public static final String KEY = "quarterly-report";
  public static final String LAUNCHER_KEY = "quarterly-report-launch";

  public static final String TASK_SUBMIT_BODY_REPORT = "Task_SubmitBodyReport";
  public static final String TASK_CONSOLIDATE_REPORT = "Task_ConsolidateReport";
  public static final String EVENT_REMINDER = "Event_ReportReminder";
  public static final String EVENT_DEADLINE = "Event_ReportDeadline";
  public static final String END_REPORT_GENERATED = "Event_ReportGenerated";
  public static final String END_REMINDER_SENT = "Event_BodiesReminded";
  public static final String END_ESCALATED = "Event_CoordinatorAlerted";

  public static final String VAR_REPORT_ID = "reportId";
  public static final String VAR_REGION = "regionCode";
  public static final String VAR_YEAR = "reportYear";
  public static final String VAR_QUARTER = "quarter";
  public static final String VAR_BODY_IDS = "bodyIds";
  public static final String VAR_BODY_ID = "bodyId";
  public static final String VAR_REMINDER_AT = "reminderAt";
  public static final String VAR_DEADLINE_AT = "deadlineAt";

  private QuarterlyReportProcess() {
  }
}
