package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.FormInput;
import ru.smarteka.workflow.engine.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeStatus;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/** The regional commission secretary confirms the practice exists as described, or refuses with a reason. */
@Component("recordConfirmation")
class RecordConfirmationListener implements TaskListener {

  private final PracticeService practices;

  RecordConfirmationListener(PracticeService practices) {
    this.practices = practices;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = FormInput.text(task, "confirmationDecision");
    String comment = FormInput.text(task, "confirmationComment");
    if (!CONFIRM.equals(decision) && !REFUSE.equals(decision)) {
      throw new InvalidInputException("Не выбрано решение",
          List.of(new FieldMessage("confirmationDecision", "подтвердите практику или откажите в подтверждении")));
    }
    if (REFUSE.equals(decision) && comment == null) {
      throw new InvalidInputException("Не указана причина",
          List.of(new FieldMessage("confirmationComment", "укажите, почему регион не подтверждает практику")));
    }
    long practiceId = Vars.number(task.getVariable(VAR_PRACTICE_ID));
    practices.changeStatus(practiceId,
        CONFIRM.equals(decision) ? PracticeStatus.IN_COPY_EDITING : PracticeStatus.NOT_CONFIRMED,
        EngineUsers.actor(task), comment);
    task.getExecution().getProcessInstance().setVariable(VAR_CONFIRMATION_OUTCOME, decision);
  }
}
