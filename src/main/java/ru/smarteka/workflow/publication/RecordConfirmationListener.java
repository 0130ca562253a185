package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.FormDecision;
import ru.smarteka.workflow.practice.PracticeService;

/** The regional commission secretary confirms the practice exists as described, or refuses with a reason. */
@Component("recordConfirmation")
class RecordConfirmationListener implements TaskListener {

  private final PublicationCase cases;
  private final PracticeService practices;

  RecordConfirmationListener(PublicationCase cases, PracticeService practices) {
    this.cases = cases;
    this.practices = practices;
  }

  @Override
  public void notify(DelegateTask task) {
    FormDecision decision = FormDecision.read(task, "confirmationDecision", "confirmationComment", CONFIRM, REFUSE,
        "подтвердите практику или откажите в подтверждении");
    long practiceId = cases.of(task).id();
    if (decision.positive()) {
      practices.confirmInRegion(practiceId, EngineUsers.actor(task), decision.comment());
    } else {
      practices.refuseConfirmation(practiceId, EngineUsers.actor(task), decision.comment());
    }
    task.getExecution().getProcessInstance().setVariable(VAR_CONFIRMATION_OUTCOME, decision.outcome());
  }
}
