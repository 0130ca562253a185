package ru.smarteka.workflow.publication;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * An expert's assessment task ended without an assessment (its deadline passed, or the review ended): the
 * assignment remembers it, so the moderator's replacement task knows whose assessment it replaces.
 */
@Component("assessmentTaskDeleted")
class AssessmentTaskDeletedListener implements TaskListener {

  private final ExpertService experts;

  AssessmentTaskDeletedListener(ExpertService experts) {
    this.experts = experts;
  }

  @Override
  public void notify(DelegateTask task) {
    experts.assessmentTaskDeleted(task.getId());
  }
}
