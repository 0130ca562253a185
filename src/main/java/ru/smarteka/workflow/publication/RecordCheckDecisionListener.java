package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.FormInput;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/**
 * The moderator's preliminary check: accept, return for revision or remove from review, a reason required for the
 * last two (checked again here, whatever the form let through). The practice's status follows in the same
 * transaction; the outcome is written for the gateway that follows.
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
    String decision = FormInput.text(task, "checkDecision");
    String comment = FormInput.text(task, "checkComment");
    if (decision == null || !List.of(CHECK_ACCEPT, CHECK_RETURN, CHECK_REMOVE).contains(decision)) {
      throw new InvalidInputException("Не выбрано решение",
          List.of(new FieldMessage("checkDecision", "выберите: принять, вернуть на доработку или снять с рассмотрения")));
    }
    if (!CHECK_ACCEPT.equals(decision) && comment == null) {
      throw new InvalidInputException("Не указана причина",
          List.of(new FieldMessage("checkComment", "укажите причину и замечания для автора")));
    }
    if (comment != null && comment.length() > 2000) {
      throw new InvalidInputException("Слишком длинный комментарий",
          List.of(new FieldMessage("checkComment", "не длиннее 2000 символов")));
    }
    long practiceId = cases.of(task).id();
    String actor = EngineUsers.actor(task);
    switch (decision) {
      case CHECK_ACCEPT -> practices.acceptForExpertise(practiceId, actor, comment);
      case CHECK_RETURN -> practices.returnForRevision(practiceId, actor, comment);
      default -> practices.removeFromReview(practiceId, actor, comment);
    }
    task.getExecution().getProcessInstance().setVariable(VAR_CHECK_OUTCOME, decision);
  }
}
