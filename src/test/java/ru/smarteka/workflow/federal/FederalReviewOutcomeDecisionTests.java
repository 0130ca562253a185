package ru.smarteka.workflow.federal;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.smarteka.workflow.support.DecisionTableUnderTest;
import ru.smarteka.workflow.support.DecisionTableUnderTest.Evaluation;

/**
 * {@code processes/federal-review-outcome.dmn} (UNIQUE): whether the bodies' reviews approve a practice for mass
 * replication, rule by rule.
 */
class FederalReviewOutcomeDecisionTests {

  private static final DecisionTableUnderTest TABLE =
      DecisionTableUnderTest.load("federal-review-outcome.dmn", FederalReviewOutcome.DECISION);

  @AfterAll
  static void everyRuleIsMatchedBySomeTest() {
    assertThat(TABLE.ruleIds()).hasSize(3);
    assertThat(TABLE.matchedRuleIds()).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @Test
  void hasARussianName() {
    assertThat(TABLE.decision().getName()).isEqualTo("Одобрена ли практика к массовому тиражированию");
  }

  @ParameterizedTest(name = "{0} approvals, {1} declines: approved = {2}")
  @CsvSource({
      "1, 0, true,  Rule_Approved",
      "3, 0, true,  Rule_Approved",
      "1, 1, false, Rule_Declined",
      "0, 2, false, Rule_Declined",
      "0, 0, false, Rule_NoDecision",
  })
  void oneDeclineOutweighsApprovalsAndNoDecisionIsNoApproval(int approvals, int declines, boolean approved,
      String rule) {
    Evaluation evaluation = TABLE.evaluate(Variables.createVariables().putValue("approvals", approvals)
        .putValue("declines", declines));

    assertThat(evaluation.<Boolean>column("approved")).containsExactly(approved);
    assertThat(evaluation.<String>column("outcomeReason")).singleElement().asString().isNotBlank();
    assertThat(evaluation.matchedRuleIds()).containsExactly(rule);
  }
}
