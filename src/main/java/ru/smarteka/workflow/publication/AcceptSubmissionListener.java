package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.Vars;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/**
 * The start of a publication (from our API or the Tasklist start form): the official's passport is checked for
 * completeness and submitted in the same transaction, or nothing starts. The practice records this instance as the
 * one reviewing it; every later step finds the practice by that, and the instance gets the practice id as business
 * key so people can find it.
 */
@Component("acceptSubmission")
class AcceptSubmissionListener implements ExecutionListener {

  static final String CONFIRM_SUBMISSION = "confirmSubmission";

  private final PracticeService practices;

  AcceptSubmissionListener(PracticeService practices) {
    this.practices = practices;
  }

  @Override
  public void notify(DelegateExecution execution) {
    CurrentUser user = EngineUsers.current(execution);
    if (user == null) {
      throw new AccessDeniedException("Подать практику может только вошедший пользователь");
    }
    // the one input of the start: which of the official's passports to submit (their rights are checked below)
    Long practiceId = Vars.number(execution.getVariable(VAR_PRACTICE_ID));
    if (practiceId == null) {
      throw new InvalidInputException("Не указан номер паспорта практики",
          List.of(new FieldMessage(VAR_PRACTICE_ID, "укажите номер паспорта практики")));
    }
    Object confirmed = execution.getVariable(CONFIRM_SUBMISSION);
    if (confirmed != null && !Boolean.TRUE.equals(confirmed)) {
      throw new InvalidInputException("Подача не подтверждена",
          List.of(new FieldMessage(CONFIRM_SUBMISSION, "подтвердите, что паспорт заполнен и документы приложены")));
    }
    practices.submit(user, practiceId, null, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(String.valueOf(practiceId));
    execution.removeVariable(CONFIRM_SUBMISSION);
    // for people reading the instance in Cockpit; the steps read the practice through publicationCase
    execution.setVariable(VAR_PRACTICE_ID, practiceId);
  }
}
