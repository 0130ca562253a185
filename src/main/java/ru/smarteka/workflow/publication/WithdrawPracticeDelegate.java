package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeStatus;

/**
 * Closes the practice's review as withdrawn: by the author (the withdrawal message carries who and why) or because
 * the revision was not sent back in time (the model gives the reason). Open expert assignments are cancelled.
 */
@Component("withdrawPractice")
class WithdrawPracticeDelegate implements JavaDelegate {

  private final PracticeService practices;
  private final ExpertService experts;

  WithdrawPracticeDelegate(PracticeService practices, ExpertService experts) {
    this.practices = practices;
    this.experts = experts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long practiceId = Vars.number(execution.getVariable(VAR_PRACTICE_ID));
    String by = Vars.text(execution.getVariable(VAR_WITHDRAWN_BY));
    practices.changeStatus(practiceId, PracticeStatus.WITHDRAWN, by == null ? EngineUsers.SYSTEM : by,
        Vars.text(execution.getVariable(VAR_WITHDRAWAL_REASON)));
    experts.cancelOpenAssignments(practiceId);
  }
}
