package ru.smarteka.workflow.reporting;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.identity.Groups;

/**
 * The quarterly report an instance collects, and what the model routes and times by, read from our tables: the
 * report is the one whose start opened the instance; its region, bodies and deadline are the report's. Nothing here
 * comes from a process variable a user could set. The model calls it in its expressions
 * ({@code ${quarterlyReportCase.officials(execution)}}).
 */
@Component("quarterlyReportCase")
public class QuarterlyReportCase {

  private final QuarterlyReportService reports;
  private final ReportingProperties properties;

  QuarterlyReportCase(QuarterlyReportService reports, ReportingProperties properties) {
    this.reports = reports;
    this.properties = properties;
  }

  QuarterlyReport of(DelegateExecution execution) {
    return reports.collectedBy(execution.getProcessInstanceId());
  }

  /** The region's responsible bodies, one part of the report each (their ids, as text). */
  public List<String> bodyIds(DelegateExecution execution) {
    return reports.bodies(of(execution).regionCode()).stream().map(b -> String.valueOf(b.id())).toList();
  }

  /** The officials of the report's region, who submit the bodies' parts. */
  public String officials(DelegateExecution execution) {
    return Groups.officialsOf(of(execution).regionCode());
  }

  /** The coordinators of the report's region, who consolidate it. */
  public String coordinators(DelegateExecution execution) {
    return Groups.coordinatorsOf(of(execution).regionCode());
  }

  /**
   * The reporting deadline: the 15th of the month after the quarter at {@code smarteka.reporting.deadline-time}
   * (ISO-8601 local date-time).
   */
  public String deadlineAt(DelegateExecution execution) {
    return of(execution).deadline().atTime(properties.deadlineTime()).toString();
  }

  /** The reminder, {@code smarteka.reporting.reminder-before} ahead of the deadline. */
  public String reminderAt(DelegateExecution execution) {
    return of(execution).deadline().atTime(properties.deadlineTime()).minus(properties.reminderBefore()).toString();
  }
}
