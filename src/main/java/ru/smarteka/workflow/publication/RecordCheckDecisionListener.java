package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationForms.*;
import static ru.smarteka.workflow.publication.PublicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.TaskForm;
import ru.smarteka.workflow.practice.PracticeService;

/**
 * The moderator's preliminary check: accept, return for revision or remove from review, a reason required for the
 * last two. The practice's status follows in the same transaction; the outcome is written for the gateway after it.
 */
@Component("recordCheckDecision")
class RecordCheckDecisionListener implements TaskListener {

  private final PublicationCase cases;
  private final PracticeService practices;

  RecordCheckDecisionListener(PublicationCase cases, PracticeService practices) {
    this.cases = cases;
    this.practices = practices;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    String decision = form.text(CHECK_DECISION);
    String comment = form.text(CHECK_COMMENT);
    form.require(true, CHECK_DECISION, "выберите: принять, вернуть на доработку или снять с рассмотрения")
        .require(!CHECK_ACCEPT.equals(decision), CHECK_COMMENT, "укажите причину и замечания для автора")
        .orRefuse("Решение по проверке принять нельзя");
    long practiceId = cases.of(task).id();
    String actor = EngineUsers.actor(task);
    switch (decision) {
      case CHECK_ACCEPT -> practices.acceptForExpertise(practiceId, actor, comment);
      case CHECK_RETURN -> practices.returnForRevision(practiceId, actor, comment);
      case CHECK_REMOVE -> practices.removeFromReview(practiceId, actor, comment);
      default -> throw new IllegalStateException("The form offers no decision " + decision);
    }
    task.getExecution().getProcessInstance().setVariable(VAR_CHECK_OUTCOME, decision);
  }
}
