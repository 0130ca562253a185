package ru.smarteka.workflow.federal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.smarteka.workflow.support.DecisionTableUnderTest;
import ru.smarteka.workflow.support.DecisionTableUnderTest.Evaluation;

/**
 * {@code processes/federal-review-routing.dmn} (COLLECT): the federal bodies and State Council commissions a practice
 * of each of the ten categories goes to in a federal approval round, rule by rule.
 */
class FederalReviewRoutingDecisionTests {

  private static final DecisionTableUnderTest TABLE =
      DecisionTableUnderTest.load("federal-review-routing.dmn", "federal-review-routing");

  private static Evaluation route(String categoryCode) {
    return TABLE.evaluate(Variables.createVariables().putValue("categoryCode", categoryCode));
  }

  @AfterAll
  static void everyRuleIsMatchedBySomeTest() {
    assertThat(TABLE.ruleIds()).hasSize(21);
    assertThat(TABLE.matchedRuleIds()).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @Test
  void hasTheKeyTheProcessCallsAndARussianName() {
    assertThat(TABLE.decision().getKey()).isEqualTo(FederalRoundProcess.ROUTING_DECISION);
    assertThat(TABLE.decision().getName()).isEqualTo("Кто рассматривает практику в отборе");
  }

  @ParameterizedTest(name = "{0} goes to {1}")
  @CsvSource(delimiter = ';', value = {
      "HEALTHCARE;              minzdrav|health;                             Rule_Healthcare_Minzdrav|Rule_Healthcare_Health",
      "ECOLOGY;                 minprirody|ecology;                          Rule_Ecology_Minprirody|Rule_Ecology_Ecology",
      "TOURISM;                 minekonomrazvitiya|tourism;                  Rule_Tourism_Minekonomrazvitiya|Rule_Tourism_Tourism",
      "SOCIAL_SUPPORT;          mintrud|social-policy;                       Rule_SocialSupport_Mintrud|Rule_SocialSupport_SocialPolicy",
      "ENTREPRENEURSHIP;        minekonomrazvitiya|economy;                  Rule_Entrepreneurship_Minekonomrazvitiya|Rule_Entrepreneurship_Economy",
      "COMFORTABLE_ENVIRONMENT; minstroy|mintrans|construction;              Rule_ComfortableEnvironment_Minstroy|Rule_ComfortableEnvironment_Mintrans|Rule_ComfortableEnvironment_Construction",
      "EDUCATION;               minprosveshcheniya|education;                Rule_Education_Minprosveshcheniya|Rule_Education_Education",
      "CREATIVE_ECONOMY;        minkultury|economy;                          Rule_CreativeEconomy_Minkultury|Rule_CreativeEconomy_Economy",
      "HUMAN_RESOURCES;         mintrud|education;                           Rule_HumanResources_Mintrud|Rule_HumanResources_Education",
      "GOVERNANCE;              minekonomrazvitiya|public-administration;    Rule_Governance_Minekonomrazvitiya|Rule_Governance_PublicAdministration",
  })
  void routesEachCategoryToItsFederalBodyAndCommission(String category, String reviewers, String rules) {
    Evaluation evaluation = route(category);

    assertThat(evaluation.<String>column("reviewerCode")).containsExactly(reviewers.split("\\|"));
    assertThat(evaluation.matchedRuleIds()).containsExactly(rules.split("\\|"));
  }

  @Test
  void routesEveryCategoryToAFederalBodyAndAStateCouncilCommission() {
    for (String category : List.of("HEALTHCARE", "ECOLOGY", "TOURISM", "SOCIAL_SUPPORT", "ENTREPRENEURSHIP",
        "COMFORTABLE_ENVIRONMENT", "EDUCATION", "CREATIVE_ECONOMY", "HUMAN_RESOURCES", "GOVERNANCE")) {
      List<String> reviewers = route(category).column("reviewerCode");
      assertThat(reviewers).as(category).anyMatch(c -> c.startsWith("min"));
      assertThat(reviewers).as(category).anyMatch(c -> !c.startsWith("min"));
    }
  }

  @Test
  void routesAnUnknownOrMissingCategoryNowhere() {
    assertThat(route("SPORT").rows()).isEmpty();
    assertThat(route(null).rows()).isEmpty();
    assertThat(route("healthcare").rows()).as("codes are compared exactly").isEmpty();
  }
}
