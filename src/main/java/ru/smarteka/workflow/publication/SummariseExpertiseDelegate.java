package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import ru.smarteka.workflow.engine.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Aggregates the round's scores into the inputs of the expertise-verdict decision. */
@Component("summariseExpertise")
class SummariseExpertiseDelegate implements JavaDelegate {

  private final PublicationCase cases;
  private final ExpertService experts;

  SummariseExpertiseDelegate(PublicationCase cases, ExpertService experts) {
    this.cases = cases;
    this.experts = experts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var practice = cases.of(execution);
    ExpertiseSummary summary = experts.summarise(practice.id(), practice.expertiseRound());
    execution.setVariable(VAR_AVERAGE_SCORE, summary.averageScore());
    execution.setVariable(VAR_LOWEST_CRITERION_AVERAGE, summary.lowestCriterionAverage());
  }
}
