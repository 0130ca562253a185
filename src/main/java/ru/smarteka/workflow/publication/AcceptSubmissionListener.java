package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.Vars;
import ru.smarteka.workflow.engine.TaskDeadlines;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeView;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/**
 * The start of a publication (from our API or the Tasklist start form): the passport is checked for completeness and
 * submitted in the same transaction, or nothing starts; the instance gets the practice id as business key and the
 * facts its steps need.
 */
@Component("acceptSubmission")
class AcceptSubmissionListener implements ExecutionListener {

  private final PracticeService practices;
  private final TaskDeadlines deadlines;
  private final int expertsPerPractice;

  AcceptSubmissionListener(PracticeService practices, TaskDeadlines deadlines,
      @Value("${smarteka.publication.experts-per-practice}") int expertsPerPractice) {
    this.practices = practices;
    this.deadlines = deadlines;
    this.expertsPerPractice = expertsPerPractice;
  }

  @Override
  public void notify(DelegateExecution execution) {
    CurrentUser user = EngineUsers.current(execution);
    if (user == null) {
      throw new AccessDeniedException("Подать практику может только вошедший пользователь");
    }
    Long practiceId = Vars.number(execution.getVariable(VAR_PRACTICE_ID));
    if (practiceId == null) {
      throw new InvalidInputException("Не указан номер паспорта практики",
          List.of(new FieldMessage(VAR_PRACTICE_ID, "укажите номер паспорта практики")));
    }
    Object confirmed = execution.getVariable("confirmSubmission");
    if (confirmed != null && !Boolean.TRUE.equals(confirmed)) {
      throw new InvalidInputException("Подача не подтверждена",
          List.of(new FieldMessage("confirmSubmission", "подтвердите, что паспорт заполнен и документы приложены")));
    }
    PracticeView practice = practices.submit(user, practiceId, null);

    execution.setProcessBusinessKey(String.valueOf(practiceId));
    execution.removeVariable("confirmSubmission");
    execution.setVariable(VAR_PRACTICE_ID, practiceId);
    execution.setVariable(VAR_REGION, practice.regionCode());
    execution.setVariable(VAR_CATEGORY, practice.categoryCode());
    execution.setVariable(VAR_SUBMITTED_BY, user.id());
    execution.setVariable(VAR_EXPERT_COUNT, expertsPerPractice);
    execution.setVariable(VAR_EXPERTISE_ROUND, 0);
    execution.setVariable(VAR_REVISION_ROUND, practice.revisionRound());
    execution.setVariable(VAR_REVISION_TIMEOUT, deadlines.dueIn(TASK_REVISE_PASSPORT, practice.regionCode()));
    execution.setVariable(VAR_ASSESSMENT_TIMEOUT, deadlines.dueIn(TASK_EXPERT_ASSESSMENT, practice.regionCode()));
  }
}
