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

/**
 * The moderator's preliminary check: accept, return for revision or remove from review, a reason required for the
 * last two (checked again here, whatever the form let through). The practice's status follows in the same
 * transaction.
 */
@Component("recordCheckDecision")
class RecordCheckDecisionListener implements TaskListener {

  private final PracticeService practices;

  RecordCheckDecisionListener(PracticeService practices) {
    this.practices = practices;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = FormInput.text(task, "checkDecision");
    String comment = FormInput.text(task, "checkComment");
    if (!List.of(CHECK_ACCEPT, CHECK_RETURN, CHECK_REMOVE).contains(decision)) {
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
    long practiceId = Vars.number(task.getVariable(VAR_PRACTICE_ID));
    String actor = EngineUsers.actor(task);
    var practice = switch (decision) {
      case CHECK_ACCEPT -> practices.changeStatus(practiceId, PracticeStatus.IN_EXPERTISE, actor, comment);
      case CHECK_RETURN -> practices.changeStatus(practiceId, PracticeStatus.RETURNED_FOR_REVISION, actor, comment);
      default -> practices.changeStatus(practiceId, PracticeStatus.REMOVED, actor, comment);
    };
    var process = task.getExecution().getProcessInstance();
    process.setVariable(VAR_CHECK_OUTCOME, decision);
    process.setVariable(VAR_REVISION_ROUND, practice.revisionRound());
    if (CHECK_RETURN.equals(decision)) {
      process.setVariable(VAR_REVISION_REASON, comment);
    }
  }
}
