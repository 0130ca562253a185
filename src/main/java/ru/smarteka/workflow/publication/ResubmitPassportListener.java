package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationForms.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.TaskForm;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PassportRevision;
import ru.smarteka.workflow.practice.PracticeService;

/** The author sends the revised passport back: the changes are saved and checked for completeness, or refused. */
@Component("resubmitPassport")
class ResubmitPassportListener implements TaskListener {

  private final PublicationCase cases;
  private final PracticeService practices;

  ResubmitPassportListener(PublicationCase cases, PracticeService practices) {
    this.cases = cases;
    this.practices = practices;
  }

  @Override
  public void notify(DelegateTask task) {
    CurrentUser user = EngineUsers.current(task);
    if (user == null) {
      throw new AccessDeniedException("Доработанный паспорт отправляет должностное лицо региона");
    }
    TaskForm form = TaskForm.of(task).orRefuse("Доработанный паспорт заполнен неверно");
    practices.resubmit(user, cases.of(task).id(), new PassportRevision(form.text(PASSPORT_TITLE),
        form.text(PASSPORT_PROBLEM), form.text(PASSPORT_SOLUTION), form.text(PASSPORT_RESOURCES),
        form.text(PASSPORT_RESULTS), form.text(PASSPORT_EFFECT), form.text(PASSPORT_TARGET_AUDIENCE),
        form.text(PASSPORT_COVERAGE), form.text(REVISION_NOTE)));
  }
}
