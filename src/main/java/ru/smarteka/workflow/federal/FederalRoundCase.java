package ru.smarteka.workflow.federal;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The round an instance of {@code federal-approval-round} runs and what the model reads of it, from our tables: the
 * practices to review and the deadline ({@code ${federalRoundCase.practices(execution)}}).
 */
@Component("federalRoundCase")
public class FederalRoundCase {

  private final FederalRounds rounds;

  FederalRoundCase(FederalRounds rounds) {
    this.rounds = rounds;
  }

  /** The business keys of the round's practices' reviews ({@code federal-review-<id>}), one instance each. */
  public List<String> practices(DelegateExecution execution) {
    return rounds.roundPracticeIds(rounds.roundRunBy(execution.getProcessInstanceId()));
  }

  /** The round's deadline: what is still in review then leaves the round unreviewed. */
  public Date deadlineAt(DelegateExecution execution) {
    return Date.from(rounds.deadline(rounds.roundRunBy(execution.getProcessInstanceId())));
  }
}
