package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationForms.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.TaskForm;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeService;

/**
 * The start of a publication (from our API or the Tasklist start form): the official's passport is checked for
 * completeness and submitted in the same transaction, or nothing starts. The practice records this instance as the
 * one reviewing it; every later step finds the practice by that, and the instance gets the practice id as business
 * key so people can find it.
 */
@Component("acceptSubmission")
class AcceptSubmissionListener implements ExecutionListener {

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
    // the one input of the start: which of the official's passports to submit (their rights are checked below);
    // the start form asks to confirm the passport is complete, our API submits without that question
    TaskForm form = TaskForm.ofStart(execution).rejectOtherFields(execution);
    if (form.sent(CONFIRM_SUBMISSION) && !form.checked(CONFIRM_SUBMISSION)) {
      form.reject(CONFIRM_SUBMISSION, "подтвердите, что паспорт заполнен и документы приложены");
    }
    form.require(true, PRACTICE_ID, "укажите паспорт практики").orRefuse("Практику подать нельзя");
    long practiceId = form.number(PRACTICE_ID);
    practices.submit(user, practiceId, null, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(BusinessKeys.practice(practiceId));
    execution.removeVariable(CONFIRM_SUBMISSION);
    // for people reading the instance in Cockpit; the steps read the practice through publicationCase
    execution.setVariable(PRACTICE_ID, practiceId);
  }
}
