package ru.smarteka.workflow.contest;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.smarteka.workflow.support.DecisionTableUnderTest;
import ru.smarteka.workflow.support.DecisionTableUnderTest.Evaluation;

/**
 * {@code processes/contest-criteria.dmn} (UNIQUE): each criterion of the contest's scoring form has its weight, the
 * weights add up to 1, and the form asks for exactly the decision's criteria.
 */
class ContestCriteriaDecisionTests {

  private static final DecisionTableUnderTest TABLE =
      DecisionTableUnderTest.load("contest-criteria.dmn", ContestProcess.CRITERIA_DECISION);

  @AfterAll
  static void everyRuleIsMatchedBySomeTest() {
    assertThat(TABLE.ruleIds()).hasSize(5);
    assertThat(TABLE.matchedRuleIds()).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @Test
  void hasARussianName() {
    assertThat(TABLE.decision().getName()).isEqualTo("Вес критерия оценки заявки на конкурс");
  }

  @ParameterizedTest(name = "{0} weighs {1}")
  @CsvSource({
      "results,          0.3,  Rule_Results",
      "citizensRequests, 0.25, Rule_CitizensRequests",
      "nationalGoals,    0.2,  Rule_NationalGoals",
      "replicability,    0.15, Rule_Replicability",
      "novelty,          0.1,  Rule_Novelty",
  })
  void everyCriterionHasItsWeightAndLabel(String criterion, double weight, String rule) {
    Evaluation evaluation = TABLE.evaluate(Variables.createVariables().putValue("criterion", criterion));

    assertThat(evaluation.matchedRuleIds()).containsExactly(rule);
    assertThat(evaluation.<Double>column("weight")).containsExactly(weight);
    assertThat(evaluation.<String>column("label")).singleElement().asString().isNotBlank();
  }

  @Test
  void theWeightsOfTheFormsCriteriaAddUpToOne() {
    double sum = 0;
    for (String criterion : ContestCriteria.FORM_FIELDS.keySet()) {
      Evaluation evaluation = TABLE.evaluate(Variables.createVariables().putValue("criterion", criterion));
      sum += evaluation.<Double>column("weight").get(0);
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void anUnknownCriterionHasNoWeight() {
    assertThat(TABLE.evaluate(Variables.createVariables().putValue("criterion", "beauty")).matchedRuleIds())
        .isEmpty();
  }
}
