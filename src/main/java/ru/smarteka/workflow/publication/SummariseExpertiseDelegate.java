package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import ru.smarteka.workflow.engine.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Aggregates the round's scores into the inputs of the expertise-verdict decision. */
@Component("summariseExpertise")
class SummariseExpertiseDelegate implements JavaDelegate {

  private final ExpertService experts;

  SummariseExpertiseDelegate(ExpertService experts) {
    this.experts = experts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ExpertiseSummary summary = experts.summarise(Vars.number(execution.getVariable(VAR_PRACTICE_ID)),
        Vars.number(execution.getVariable(VAR_EXPERTISE_ROUND)).intValue());
    execution.setVariable(VAR_AVERAGE_SCORE, summary.averageScore());
    execution.setVariable(VAR_LOWEST_CRITERION_AVERAGE, summary.lowestCriterionAverage());
  }
}
