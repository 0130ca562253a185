package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.FormInput;
import ru.smarteka.workflow.engine.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The moderator's choice of experts, checked (count, category, never the practice's region) and recorded. */
@Component("assignExperts")
class AssignExpertsListener implements TaskListener {

  private final ExpertService experts;

  AssignExpertsListener(ExpertService experts) {
    this.experts = experts;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> ids = Vars.commaSeparated(FormInput.text(task, "expertIds"));
    experts.assign(Vars.number(task.getVariable(VAR_PRACTICE_ID)),
        Vars.number(task.getVariable(VAR_EXPERTISE_ROUND)).intValue(), ids,
        (String) task.getVariable(VAR_CATEGORY), (String) task.getVariable(VAR_REGION),
        Vars.number(task.getVariable(VAR_EXPERT_COUNT)).intValue(), EngineUsers.actor(task));
    task.getExecution().getProcessInstance().setVariable(VAR_ASSIGNED_EXPERTS, Vars.json(ids));
  }
}
