package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.FormInput;
import ru.smarteka.workflow.engine.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/** The moderator replaces an expert who missed the deadline; the assessment goes to the new expert. */
@Component("reassignExpert")
class ReassignExpertListener implements TaskListener {

  private final ExpertService experts;

  ReassignExpertListener(ExpertService experts) {
    this.experts = experts;
  }

  @Override
  public void notify(DelegateTask task) {
    String replacement = FormInput.text(task, "replacementExpertId");
    if (replacement == null) {
      throw new InvalidInputException("Не указан новый эксперт",
          List.of(new FieldMessage("replacementExpertId", "укажите логин нового эксперта")));
    }
    experts.replace(Vars.number(task.getVariable(VAR_PRACTICE_ID)),
        Vars.number(task.getVariable(VAR_EXPERTISE_ROUND)).intValue(), (String) task.getVariable(VAR_EXPERT_ID),
        replacement, (String) task.getVariable(VAR_CATEGORY), (String) task.getVariable(VAR_REGION),
        EngineUsers.actor(task));
    // the element variable of this expertise instance: the next assessment task is the new expert's
    task.getExecution().setVariable(VAR_EXPERT_ID, replacement);
  }
}
