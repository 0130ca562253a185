package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import ru.smarteka.workflow.engine.FormInput;
import ru.smarteka.workflow.engine.Vars;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/** An expert's scores of the seven criteria and conclusion, checked and stored. */
@Component("recordAssessment")
class RecordAssessmentListener implements TaskListener {

  static final List<String> SCORE_FIELDS = List.of("scoreNovelty", "scoreRelevance", "scoreEfficiency",
      "scoreReplicability", "scoreSocialSignificance", "scoreCoverage", "scoreMeasurableResults");

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
    Scores scores = new Scores(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4),
        values.get(5), values.get(6));
    experts.recordAssessment(Vars.number(task.getVariable(VAR_PRACTICE_ID)),
        Vars.number(task.getVariable(VAR_EXPERTISE_ROUND)).intValue(), (String) task.getVariable(VAR_EXPERT_ID),
        scores, FormInput.text(task, "assessmentComment"));
  }
}
