package ru.smarteka.workflow.contest;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The contest an instance of {@code practice-contest} runs and what the model reads of it, from our tables: the
 * deadlines of its timers, whether anybody applied, the nominations whose chairs confirm a short list.
 */
@Component("contestCase")
public class ContestCase {

  private final Contests contests;

  ContestCase(Contests contests) {
    this.contests = contests;
  }

  public Date applicationDeadline(DelegateExecution execution) {
    return Date.from(contests.applicationDeadline(contestOf(execution)));
  }

  public Date votingStartsAt(DelegateExecution execution) {
    return Date.from(contests.votingStartsAt(contestOf(execution)));
  }

  public Date votingEndsAt(DelegateExecution execution) {
    return Date.from(contests.votingEndsAt(contestOf(execution)));
  }

  public boolean hasEntries(DelegateExecution execution) {
    return contests.hasEntries(contestOf(execution));
  }

  /** The ids of the nominations with entries: one chair's short-list task each. */
  public List<String> nominationsWithEntries(DelegateExecution execution) {
    return contests.nominationsWithEntries(contestOf(execution));
  }

  private long contestOf(DelegateExecution execution) {
    return contests.contestRunBy(execution.getProcessInstanceId());
  }
}
