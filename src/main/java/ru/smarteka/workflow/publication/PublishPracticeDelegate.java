package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.practice.PracticeService;

/** Publishes the practice in the catalogue with its publication date and sections. */
@Component("publishPractice")
class PublishPracticeDelegate implements JavaDelegate {

  private final PublicationCase cases;
  private final PracticeService practices;

  PublishPracticeDelegate(PublicationCase cases, PracticeService practices) {
    this.cases = cases;
    this.practices = practices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    practices.publish(cases.of(execution).id(), EngineUsers.actor(execution));
  }
}
