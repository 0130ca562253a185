package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationForms.*;
import static ru.smarteka.workflow.publication.PublicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.TaskForm;
import ru.smarteka.workflow.practice.PracticeService.UnderReview;

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
    TaskForm form = TaskForm.of(task)
        .require(true, REPLACEMENT_EXPERT_ID, "укажите логин нового эксперта")
        .orRefuse("Не указан новый эксперт");
    UnderReview practice = cases.of(task);
    String expert = experts.replace(task.getId(), form.text(REPLACEMENT_EXPERT_ID), practice.categoryCode(),
        practice.regionCode(), EngineUsers.actor(task));
    // the element variable of this expertise instance, read by the assessment task created next in this step
    task.getExecution().setVariable(VAR_EXPERT_ID, expert);
  }
}
