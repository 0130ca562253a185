package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.FormInput;
import ru.smarteka.workflow.practice.PracticeService.UnderReview;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/**
 * The moderator replaces the expert whose assessment was overdue (the assignment this task was created for); the
 * assessment goes to the new expert.
 */
@Component("reassignExpert")
class ReassignExpertListener implements TaskListener {

  private final PublicationCase cases;
  private final ExpertService experts;

  ReassignExpertListener(PublicationCase cases, ExpertService experts) {
    this.cases = cases;
    this.experts = experts;
  }

  @Override
  public void notify(DelegateTask task) {
    String replacement = FormInput.text(task, ExpertService.REPLACEMENT);
    if (replacement == null) {
      throw new InvalidInputException("Не указан новый эксперт",
          List.of(new FieldMessage(ExpertService.REPLACEMENT, "укажите логин нового эксперта")));
    }
    UnderReview practice = cases.of(task);
    String expert = experts.replace(task.getId(), replacement, practice.categoryCode(), practice.regionCode(),
        EngineUsers.actor(task));
    // the element variable of this expertise instance, read by the assessment task created next in this step
    task.getExecution().setVariable(VAR_EXPERT_ID, expert);
  }
}
