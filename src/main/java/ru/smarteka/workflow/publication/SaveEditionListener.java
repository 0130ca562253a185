package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.FormInput;
import ru.smarteka.workflow.engine.Vars;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
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
    practices.saveEdition(cases.of(task).id(), new Edition(
        FormInput.text(task, "editedTitle"),
        FormInput.text(task, "editedProblem"),
        FormInput.text(task, "editedSolution"),
        FormInput.text(task, "editedResults"),
        FormInput.text(task, "editedEffect"),
        FormInput.text(task, "editorNote"),
        EngineUsers.actor(task), clock.instant()));
  }
}
