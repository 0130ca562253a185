package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationForms.*;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.TaskForm;
import ru.smarteka.workflow.practice.Edition;
import ru.smarteka.workflow.practice.PracticeService;

/** The editor's version of the description, saved as a new edition; the author's original stays readable. */
@Component("saveEdition")
class SaveEditionListener implements TaskListener {

  private final PublicationCase cases;
  private final PracticeService practices;
  private final Clock clock;

  SaveEditionListener(PublicationCase cases, PracticeService practices, Clock clock) {
    this.cases = cases;
    this.practices = practices;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task).orRefuse("Редакция описания заполнена неверно");
    practices.saveEdition(cases.of(task).id(), new Edition(form.text(EDITED_TITLE), form.text(EDITED_PROBLEM),
        form.text(EDITED_SOLUTION), form.text(EDITED_RESULTS), form.text(EDITED_EFFECT), form.text(EDITOR_NOTE),
        EngineUsers.actor(task), clock.instant()));
  }
}
