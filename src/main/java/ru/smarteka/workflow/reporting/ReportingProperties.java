package ru.smarteka.workflow.reporting;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code smarteka.reporting.*}: when on the reporting day (the 15th of the month after the quarter) the deadline
 * falls, and how long before it the officials are reminded. The due dates of the report's tasks come from the
 * {@code task-deadlines} decision, counted from the start of the reporting day.
 */
@ConfigurationProperties("smarteka.reporting")
record ReportingProperties(LocalTime deadlineTime, Duration reminderBefore) {

  ReportingProperties {
    if (deadlineTime == null || reminderBefore == null) {
      throw new IllegalArgumentException("smarteka.reporting.deadline-time and reminder-before must be set");
    }
  }
}
