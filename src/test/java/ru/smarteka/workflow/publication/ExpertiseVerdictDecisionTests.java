package ru.smarteka.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import ru.smarteka.workflow.support.DecisionTableUnderTest;
import ru.smarteka.workflow.support.DecisionTableUnderTest.Evaluation;

/**
 * {@code processes/expertise-verdict.dmn} (UNIQUE): the verdict of expertise from the mean of all experts' scores and
 * the lowest of the seven per-criterion means, both on the 1–5 scale.
 */
class ExpertiseVerdictDecisionTests {

  private static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("expertise-verdict.dmn", "expertise-verdict");

  private static Evaluation scores(Double averageScore, Double lowestCriterionAverage) {
    VariableMap variables = Variables.createVariables()
        .putValue("averageScore", averageScore)
        .putValue("lowestCriterionAverage", lowestCriterionAverage);
    return TABLE.evaluate(variables);
  }

  private static String verdict(double averageScore, double lowestCriterionAverage) {
    return scores(averageScore, lowestCriterionAverage).result().getSingleResult().getEntry("verdict");
  }

  @AfterAll
  static void everyRuleIsMatchedBySomeTest() {
    assertThat(TABLE.ruleIds()).hasSize(4);
    assertThat(TABLE.matchedRuleIds()).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @Test
  void hasTheKeyTheProcessCallsAndARussianName() {
    assertThat(TABLE.decision().getKey()).isEqualTo("expertise-verdict");
    assertThat(TABLE.decision().getName()).isEqualTo("Итог экспертизы практики");
  }

  @Test
  void publishesAPracticeWithAHighAverageAndNoWeakCriterion() {
    Evaluation evaluation = scores(4.3, 3.5);

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_Publish");
    assertThat(evaluation.rows()).containsExactly(Map.of(
        "verdict", "PUBLISH",
        "verdictReason", "Средний балл не ниже 4,0, и ни один критерий не оценён в среднем ниже 3,0: практика рекомендована к публикации"));
  }

  @Test
  void publishesAtExactlyFourOnAverageAndThreeOnTheWeakestCriterion() {
    assertThat(verdict(4.0, 3.0)).isEqualTo("PUBLISH");
  }

  @Test
  void publishesTopMarks() {
    assertThat(verdict(5.0, 5.0)).isEqualTo("PUBLISH");
  }

  @Test
  void returnsForRevisionAHighAverageWithAWeakCriterion() {
    Evaluation evaluation = scores(4.5, 2.99);

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_ReviseWeakCriterion");
    assertThat(evaluation.<String>column("verdict")).containsExactly("RETURN_FOR_REVISION");
    assertThat(evaluation.<String>column("verdictReason")).singleElement().asString()
        .contains("хотя бы один критерий оценён в среднем ниже 3,0");
  }

  @Test
  void returnsForRevisionAtAnAverageOfFourWhenTheWeakestCriterionIsJustBelowThree() {
    assertThat(scores(4.0, 2.99).matchedRuleIds()).containsExactly("Rule_ReviseWeakCriterion");
    assertThat(scores(4.0, 3.0).matchedRuleIds()).containsExactly("Rule_Publish");
  }

  @Test
  void returnsForRevisionAMiddleAverageWhateverTheWeakestCriterion() {
    Evaluation evaluation = scores(3.5, 1.0);

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_ReviseAverage");
    assertThat(evaluation.rows()).containsExactly(Map.of(
        "verdict", "RETURN_FOR_REVISION",
        "verdictReason", "Средний балл от 3,0 до 4,0: практику нужно доработать"));
    assertThat(verdict(3.5, 3.5)).isEqualTo("RETURN_FOR_REVISION");
  }

  @Test
  void returnsForRevisionJustBelowAnAverageOfFour() {
    assertThat(scores(3.9999, 3.9).matchedRuleIds()).containsExactly("Rule_ReviseAverage");
    assertThat(scores(4.0, 3.9).matchedRuleIds()).containsExactly("Rule_Publish");
  }

  @Test
  void returnsForRevisionAtExactlyThreeOnAverage() {
    assertThat(scores(3.0, 2.0).matchedRuleIds()).containsExactly("Rule_ReviseAverage");
    assertThat(verdict(3.0, 3.0)).isEqualTo("RETURN_FOR_REVISION");
  }

  @Test
  void rejectsAnAverageJustBelowThree() {
    Evaluation evaluation = scores(2.99, 2.5);

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_Reject");
    assertThat(evaluation.rows()).containsExactly(Map.of(
        "verdict", "REJECT",
        "verdictReason", "Средний балл ниже 3,0: практика не рекомендована к публикации"));
  }

  @Test
  void rejectsTheLowestMarks() {
    assertThat(verdict(1.0, 1.0)).isEqualTo("REJECT");
  }

  @Test
  void givesNoVerdictWithoutScores() {
    assertThat(scores(null, null).rows()).isEmpty();
    assertThat(TABLE.evaluate(Variables.createVariables()).rows()).isEmpty();
  }

  @Test
  void givesExactlyOneVerdictEverywhereOnTheScale() {
    List<Double> values = new ArrayList<>();
    for (int hundredths = 100; hundredths <= 500; hundredths += 10) {
      values.add(hundredths / 100.0);
    }
    values.addAll(List.of(2.99, 2.9999, 3.9999));
    List<String> gapsOrOverlaps = new ArrayList<>();
    for (double average : values) {
      for (double lowest : values) {
        Evaluation evaluation = scores(average, lowest);   // UNIQUE: an overlap would throw
        if (evaluation.matchedRuleIds().size() != 1) {
          gapsOrOverlaps.add(average + " / " + lowest + " -> " + evaluation.matchedRuleIds());
        }
      }
    }
    assertThat(gapsOrOverlaps).isEmpty();
  }
}
