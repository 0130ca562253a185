package ru.smarteka.workflow.reporting;

/** The keys of the fields of the quarterly report's Camunda Forms, each defined once. */
final class ReportingForms {

  // start-quarterly-report (also the variables our API and the launcher start it with)
  static final String REGION = QuarterlyReportProcess.VAR_REGION;
  static final String YEAR = QuarterlyReportProcess.VAR_YEAR;
  static final String QUARTER = QuarterlyReportProcess.VAR_QUARTER;

  // body-report
  static final String BODY_NAME = "bodyName";
  static final String REPORT_PERIOD = "reportPeriod";
  static final String REPORT_DEADLINE = "reportDeadline";
  static final String PRACTICES_VIEW = "practicesView";
  static final String REPLICATIONS_VIEW = "replicationsView";
  static final String CORRECTIONS = "corrections";
  static final String CONFIRM_REPORT = "confirmReport";

  // consolidate-report
  static final String BODIES_VIEW = "bodiesView";
  static final String COORDINATOR_NOTE = "coordinatorNote";
  static final String CONFIRM_CONSOLIDATION = "confirmConsolidation";

  private ReportingForms() {
  }
}
