package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationForms.*;
import static ru.smarteka.workflow.publication.PublicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.TaskForm;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeService.UnderReview;

/**
 * The moderator's decision on the expertise: assign experts (checked: category, never the practice's region, up to
 * the ceiling, fewer only with a reason), ask ASI to add experts of the category when too few exist, or return the
 * passport to the author.
 */
@Component("assignExperts")
class AssignExpertsListener implements TaskListener {

  private final PublicationCase cases;
  private final ExpertService experts;
  private final PracticeService practices;
  private final int ceiling;

  AssignExpertsListener(PublicationCase cases, ExpertService experts, PracticeService practices,
      @Value("${smarteka.publication.experts-per-practice}") int ceiling) {
    this.cases = cases;
    this.experts = experts;
    this.practices = practices;
    this.ceiling = ceiling;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    String decision = form.text(ASSIGNMENT_DECISION);
    String comment = form.text(ASSIGNMENT_COMMENT);
    form.require(true, ASSIGNMENT_DECISION,
            "назначьте экспертов, запросите новых экспертов или верните паспорт на доработку")
        .require(REQUEST_EXPERTS.equals(decision), ASSIGNMENT_COMMENT, "укажите, каких экспертов не хватает")
        .require(CHECK_RETURN.equals(decision), ASSIGNMENT_COMMENT, "укажите замечания для автора")
        .orRefuse("Решение по экспертизе принять нельзя");
    UnderReview practice = cases.of(task);
    String actor = EngineUsers.actor(task);
    var process = task.getExecution().getProcessInstance();
    switch (decision) {
      case ASSIGN -> experts.assign(practice.id(), practice.expertiseRound(),
          form.list(EXPERT_IDS), practice.categoryCode(), practice.regionCode(), ceiling, comment,
          actor);
      case REQUEST_EXPERTS -> process.setVariable(VAR_EXPERTS_REQUEST, comment);
      case CHECK_RETURN -> practices.returnForRevision(practice.id(), actor, comment);
      default -> throw new IllegalStateException("The form offers no decision " + decision);
    }
    process.setVariable(VAR_ASSIGNMENT_OUTCOME, decision);
  }
}
