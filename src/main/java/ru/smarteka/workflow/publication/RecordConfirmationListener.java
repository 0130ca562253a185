package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationForms.*;
import static ru.smarteka.workflow.publication.PublicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.TaskForm;
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
    TaskForm form = TaskForm.of(task);
    String decision = form.text(CONFIRMATION_DECISION);
    String comment = form.text(CONFIRMATION_COMMENT);
    form.require(true, CONFIRMATION_DECISION, "подтвердите практику или откажите в подтверждении")
        .require(REFUSE.equals(decision), CONFIRMATION_COMMENT, "укажите, почему регион не подтверждает практику")
        .orRefuse("Решение о подтверждении принять нельзя");
    long practiceId = cases.of(task).id();
    if (CONFIRM.equals(decision)) {
      practices.confirmInRegion(practiceId, EngineUsers.actor(task), comment);
    } else {
      practices.refuseConfirmation(practiceId, EngineUsers.actor(task), comment);
    }
    task.getExecution().getProcessInstance().setVariable(VAR_CONFIRMATION_OUTCOME, decision);
  }
}
