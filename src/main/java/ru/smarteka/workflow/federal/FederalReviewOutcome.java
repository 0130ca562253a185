package ru.smarteka.workflow.federal;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Whether a practice's reviews in a round approve it for mass replication: the rule is the
 * {@code federal-review-outcome} decision ({@code processes/federal-review-outcome.dmn}), which officials change in
 * Camunda Modeler, not here; its latest deployed version decides.
 */
@Component
class FederalReviewOutcome {

  static final String DECISION = "federal-review-outcome";

  private final DecisionService decisions;

  FederalReviewOutcome(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** The decision's verdict on this many approvals (with or without remarks) and declines. */
  boolean approved(FederalRounds.ReviewCounts counts) {
    Object approved = decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables()
            .putValue("approvals", counts.approvals()).putValue("declines", counts.declines()))
        .getSingleResult().getEntry("approved");
    return Boolean.TRUE.equals(approved);
  }
}
