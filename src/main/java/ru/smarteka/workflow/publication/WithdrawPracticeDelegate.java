package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.Vars;
import ru.smarteka.workflow.practice.PracticeService;

/**
 * Closes the practice's review as withdrawn: by the author (the application correlates the withdrawal message with
 * who and why, after checking the author) or because the revision was not sent back in time (the model gives the
 * reason and the actor as this step's own input). Open expert assignments are cancelled.
 */
@Component("withdrawPractice")
class WithdrawPracticeDelegate implements JavaDelegate {

  private final PublicationCase cases;
  private final PracticeService practices;
  private final ExpertService experts;

  WithdrawPracticeDelegate(PublicationCase cases, PracticeService practices, ExpertService experts) {
    this.cases = cases;
    this.practices = practices;
    this.experts = experts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long practiceId = cases.of(execution).id();
    String by = Vars.text(execution.getVariable(VAR_WITHDRAWN_BY));
    practices.withdraw(practiceId, by == null ? EngineUsers.SYSTEM : by,
        Vars.text(execution.getVariable(VAR_WITHDRAWAL_REASON)));
    experts.cancelOpenAssignments(practiceId);
  }
}
