package ru.smarteka.workflow.engine;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The retention policy of the engine's history ({@code smarteka.retention}, README «Хранение истории»): how many days
 * the history of a case (a practice's file, a replication, a quarterly report, and the decisions taken in them) is
 * kept, and how many days that of the application's internal processes is. It is the one place these numbers live:
 * {@link HistoryRetention} sets every deployed definition's time to live from it.
 *
 * @param caseHistoryDays days a case's history is kept, counted from the start of its process instance
 * @param internalHistoryDays days the history of an internal process (a mail delivery, the quarterly launch) is kept
 * @param internalProcesses the keys of the internal processes
 */
@Validated
@ConfigurationProperties("smarteka.retention")
public record RetentionProperties(
    @NotNull @Min(1) Integer caseHistoryDays,
    @NotNull @Min(1) Integer internalHistoryDays,
    @NotNull List<String> internalProcesses) {

  /** The days a process's history is kept. */
  public int daysFor(String processKey) {
    return internalProcesses.contains(processKey) ? internalHistoryDays : caseHistoryDays;
  }
}
