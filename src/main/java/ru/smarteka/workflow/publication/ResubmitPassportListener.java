package ru.smarteka.workflow.publication;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.FormInput;
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
    PassportRevision revision = new PassportRevision(
        FormInput.text(task, "passportTitle"),
        FormInput.text(task, "passportProblem"),
        FormInput.text(task, "passportSolution"),
        FormInput.text(task, "passportResources"),
        FormInput.text(task, "passportResults"),
        FormInput.text(task, "passportEffect"),
        FormInput.text(task, "passportTargetAudience"),
        FormInput.text(task, "passportCoverage"),
        FormInput.text(task, "revisionNote"));
    practices.resubmit(user, cases.of(task).id(), revision);
  }
}
