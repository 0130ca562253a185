package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationForms.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.TaskForm;

/**
 * An expert's scores of the seven criteria and conclusion, checked and stored as the assessment of the task's own
 * assignment: the expert is the task's assignee, whatever the form sends.
 */
@Component("recordAssessment")
class RecordAssessmentListener implements TaskListener {

  private final ExpertService experts;

  RecordAssessmentListener(ExpertService experts) {
    this.experts = experts;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    List<Integer> scores = new ArrayList<>();
    for (String field : SCORES) {
      Long score = form.number(field);
      if (score == null || score < Scores.MIN || score > Scores.MAX) {
        form.reject(field, "целая оценка от " + Scores.MIN + " до " + Scores.MAX);
      }
      scores.add(score == null ? 0 : score.intValue());
    }
    form.orRefuse("Оценка заполнена неверно");
    experts.recordAssessment(task.getId(), EngineUsers.actor(task), Scores.of(scores), form.text(ASSESSMENT_COMMENT));
  }
}
