package ru.smarteka.workflow.contest;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The entry an instance of {@code contest-entry} runs, from our tables: its working-group assessments (one scoring
 * task each), whether it is on the short list, whether it won.
 */
@Component("contestEntryCase")
public class ContestEntryCase {

  private final Contests contests;

  ContestEntryCase(Contests contests) {
    this.contests = contests;
  }

  /** The ids of the entry's assessments: one per working-group member without a conflict of interest. */
  public List<String> assessments(DelegateExecution execution) {
    return contests.assessmentIds(contests.entryRunBy(execution.getProcessInstanceId()).id());
  }

  /** Whether the entry takes part: a published practice, or a new passport the preliminary check accepted. */
  public boolean admitted(DelegateExecution execution) {
    return contests.admitted(contests.entryRunBy(execution.getProcessInstanceId()).id());
  }

  public boolean shortListed(DelegateExecution execution) {
    return contests.shortListed(contests.entryRunBy(execution.getProcessInstanceId()).id());
  }

  public boolean winner(DelegateExecution execution) {
    return contests.winner(contests.entryRunBy(execution.getProcessInstanceId()).id());
  }
}
