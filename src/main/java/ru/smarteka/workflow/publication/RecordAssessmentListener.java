package ru.smarteka.workflow.publication;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.FormInput;
import ru.smarteka.workflow.engine.Vars;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/**
 * An expert's scores of the seven criteria and conclusion, checked and stored as the assessment of the task's own
 * assignment: the expert is the task's assignee, whatever the form sends.
 */
@Component("recordAssessment")
class RecordAssessmentListener implements TaskListener {

  static final List<String> SCORE_FIELDS = Scores.FIELDS;

  private final ExpertService experts;

  RecordAssessmentListener(ExpertService experts) {
    this.experts = experts;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Integer> values = new ArrayList<>();
    List<FieldMessage> missing = new ArrayList<>();
    for (String field : SCORE_FIELDS) {
      Object raw = FormInput.take(task, field);
      Long value = Vars.number(raw);
      if (value == null || raw instanceof Double d && d % 1 != 0) {
        missing.add(new FieldMessage(field, "целая оценка от 1 до 5"));
        values.add(0);
      } else {
        values.add(value.intValue());
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException("Оценка заполнена не полностью", missing);
    }
    experts.recordAssessment(task.getId(), EngineUsers.actor(task), Scores.of(values),
        FormInput.text(task, "assessmentComment"));
  }
}
