package ru.smarteka.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import ru.smarteka.workflow.support.DecisionTableUnderTest;
import ru.smarteka.workflow.support.DecisionTableUnderTest.Evaluation;

/**
 * {@code processes/publication-eligibility.dmn} (COLLECT): one rule per condition of seed 000 under which a region may
 * submit practices; every condition the region meets is returned, none means the region may not submit.
 */
class PublicationEligibilityDecisionTests {

  private static final DecisionTableUnderTest TABLE =
      DecisionTableUnderTest.load("publication-eligibility.dmn", "publication-eligibility");

  /** A region with no rating entries: every variable is set, and null. */
  private static VariableMap regionWithoutRatings() {
    return Variables.createVariables()
        .putValue("investmentIntegralRank", null)
        .putValue("investmentGrowthRank", null)
        .putValue("qolRank", null)
        .putValue("qolGrowthRank", null)
        .putValue("asiProjectReady", null)
        .putValue("forumIdeaPlace", null)
        .putValue("recommendedByStateCouncil", null)
        .putValue("recommendedByFederalBody", null)
        .putValue("recommendedByAsi", null);
  }

  private static VariableMap regionWith(String variable, Object value) {
    return regionWithoutRatings().putValue(variable, value);
  }

  private static List<String> conditions(VariableMap variables) {
    return TABLE.evaluate(variables).column("condition");
  }

  @AfterAll
  static void everyRuleIsMatchedBySomeTest() {
    assertThat(TABLE.ruleIds()).hasSize(9);
    assertThat(TABLE.matchedRuleIds()).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @Test
  void hasTheKeyTheProcessCallsAndARussianName() {
    assertThat(TABLE.decision().getKey()).isEqualTo("publication-eligibility");
    assertThat(TABLE.decision().getName()).isEqualTo("Допуск региона к подаче практик");
  }

  // 1. TOP-5 by the integral index of the National Investment Climate rating

  @Test
  void admitsARegionInTheTopFiveOfTheInvestmentIntegralIndex() {
    Evaluation evaluation = TABLE.evaluate(regionWith("investmentIntegralRank", 5));

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_InvestmentTop");
    assertThat(evaluation.rows()).containsExactly(Map.of(
        "condition", "INVESTMENT_TOP",
        "ground", "Регион входит в ТОП-5 интегрального индекса Национального рейтинга состояния инвестиционного климата"));
  }

  @Test
  void admitsTheFirstPlaceOfTheInvestmentIntegralIndex() {
    assertThat(conditions(regionWith("investmentIntegralRank", 1))).containsExactly("INVESTMENT_TOP");
  }

  @Test
  void doesNotAdmitTheSixthPlaceOfTheInvestmentIntegralIndex() {
    assertThat(conditions(regionWith("investmentIntegralRank", 6))).isEmpty();
  }

  // 2. TOP-3 growth leaders of the National Investment Climate rating over three years

  @Test
  void admitsATopThreeInvestmentGrowthLeader() {
    Evaluation evaluation = TABLE.evaluate(regionWith("investmentGrowthRank", 3));

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_InvestmentGrowthLeader");
    assertThat(evaluation.<String>column("condition")).containsExactly("INVESTMENT_GROWTH_LEADER");
    assertThat(evaluation.<String>column("ground")).singleElement().asString().contains("ТОП-3 лидеров роста");
  }

  @Test
  void doesNotAdmitTheFourthInvestmentGrowthLeader() {
    assertThat(conditions(regionWith("investmentGrowthRank", 4))).isEmpty();
  }

  // 3. TOP-10 of the matching Quality of Life direction

  @Test
  void admitsATopTenRegionOfTheQualityOfLifeDirection() {
    Evaluation evaluation = TABLE.evaluate(regionWith("qolRank", 10));

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_QolTop");
    assertThat(evaluation.<String>column("condition")).containsExactly("QOL_TOP");
    assertThat(evaluation.<String>column("ground")).singleElement().asString().contains("ТОП-10 рейтинга качества жизни");
  }

  @Test
  void doesNotAdmitTheEleventhRegionOfTheQualityOfLifeDirection() {
    assertThat(conditions(regionWith("qolRank", 11))).isEmpty();
  }

  // 4. TOP-10 Quality of Life growth leaders over three years

  @Test
  void admitsATopTenQualityOfLifeGrowthLeader() {
    Evaluation evaluation = TABLE.evaluate(regionWith("qolGrowthRank", 10));

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_QolGrowthLeader");
    assertThat(evaluation.<String>column("condition")).containsExactly("QOL_GROWTH_LEADER");
    assertThat(evaluation.<String>column("ground")).singleElement().asString().contains("лидеров роста");
  }

  @Test
  void doesNotAdmitTheEleventhQualityOfLifeGrowthLeader() {
    assertThat(conditions(regionWith("qolGrowthRank", 11))).isEmpty();
  }

  // 5. supported ASI projects and ready to replicate them

  @Test
  void admitsARegionThatSupportedAsiProjectsAndIsReadyToReplicate() {
    Evaluation evaluation = TABLE.evaluate(regionWith("asiProjectReady", true));

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_AsiProject");
    assertThat(evaluation.<String>column("condition")).containsExactly("ASI_PROJECT");
    assertThat(evaluation.<String>column("ground")).singleElement().asString().contains("проекты АСИ");
  }

  @Test
  void doesNotAdmitARegionNotReadyToReplicateAsiProjects() {
    assertThat(conditions(regionWith("asiProjectReady", false))).isEmpty();
  }

  // 6. an idea in the TOP-1000 of the forum «Сильные идеи для нового времени» (2026 decree; TOP-100 before)

  @Test
  void admitsARegionWhoseForumIdeaIsInTheTopThousand() {
    Evaluation evaluation = TABLE.evaluate(regionWith("forumIdeaPlace", 1000));

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_ForumTopIdea");
    assertThat(evaluation.rows()).containsExactly(Map.of(
        "condition", "FORUM_TOP_IDEA",
        "ground", "Регион реализовал идею из ТОП-1000 форума «Сильные идеи для нового времени»"));
  }

  @Test
  void admitsAForumIdeaBetweenTheOldTopHundredAndTheNewTopThousand() {
    assertThat(conditions(regionWith("forumIdeaPlace", 101))).containsExactly("FORUM_TOP_IDEA");
  }

  @Test
  void doesNotAdmitAForumIdeaAtPlaceOneThousandAndOne() {
    assertThat(conditions(regionWith("forumIdeaPlace", 1001))).isEmpty();
  }

  // 7. recommended by the State Council commission, a federal executive body or (2026) ASI

  @Test
  void admitsARegionRecommendedByTheStateCouncilCommission() {
    Evaluation evaluation = TABLE.evaluate(regionWith("recommendedByStateCouncil", true));

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_RecommendedStateCouncil");
    assertThat(evaluation.<String>column("condition")).containsExactly("RECOMMENDED_STATE_COUNCIL");
    assertThat(evaluation.<String>column("ground")).singleElement().asString().contains("комиссией Государственного Совета");
  }

  @Test
  void admitsARegionRecommendedByAFederalExecutiveBody() {
    Evaluation evaluation = TABLE.evaluate(regionWith("recommendedByFederalBody", true));

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_RecommendedFederalBody");
    assertThat(evaluation.<String>column("condition")).containsExactly("RECOMMENDED_FEDERAL_BODY");
    assertThat(evaluation.<String>column("ground")).singleElement().asString().contains("федеральным органом исполнительной власти");
  }

  @Test
  void admitsARegionRecommendedByAsi() {
    Evaluation evaluation = TABLE.evaluate(regionWith("recommendedByAsi", true));

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_RecommendedAsi");
    assertThat(evaluation.rows()).containsExactly(Map.of("condition", "RECOMMENDED_ASI", "ground", "Регион рекомендован АСИ"));
  }

  @Test
  void doesNotAdmitARegionWhoseRecommendationsAreAllNo() {
    VariableMap region = regionWithoutRatings()
        .putValue("recommendedByStateCouncil", false)
        .putValue("recommendedByFederalBody", false)
        .putValue("recommendedByAsi", false);

    assertThat(conditions(region)).isEmpty();
  }

  // several conditions, none, nulls

  @Test
  void collectsEveryConditionTheRegionMeetsInTableOrder() {
    VariableMap region = regionWithoutRatings()
        .putValue("investmentIntegralRank", 2)
        .putValue("investmentGrowthRank", 7)
        .putValue("qolRank", 4)
        .putValue("asiProjectReady", false)
        .putValue("forumIdeaPlace", 250)
        .putValue("recommendedByFederalBody", true);

    Evaluation evaluation = TABLE.evaluate(region);

    assertThat(evaluation.<String>column("condition"))
        .containsExactly("INVESTMENT_TOP", "QOL_TOP", "FORUM_TOP_IDEA", "RECOMMENDED_FEDERAL_BODY");
    assertThat(evaluation.matchedRuleIds())
        .containsExactly("Rule_InvestmentTop", "Rule_QolTop", "Rule_ForumTopIdea", "Rule_RecommendedFederalBody");
    assertThat(evaluation.rows()).allSatisfy(row -> assertThat((String) row.get("ground")).startsWith("Регион "));
  }

  @Test
  void collectsAllNineConditionsWhenTheRegionMeetsThemAll() {
    VariableMap region = Variables.createVariables()
        .putValue("investmentIntegralRank", 1)
        .putValue("investmentGrowthRank", 1)
        .putValue("qolRank", 1)
        .putValue("qolGrowthRank", 1)
        .putValue("asiProjectReady", true)
        .putValue("forumIdeaPlace", 1)
        .putValue("recommendedByStateCouncil", true)
        .putValue("recommendedByFederalBody", true)
        .putValue("recommendedByAsi", true);

    Evaluation evaluation = TABLE.evaluate(region);

    assertThat(evaluation.<String>column("condition")).containsExactly(
        "INVESTMENT_TOP", "INVESTMENT_GROWTH_LEADER", "QOL_TOP", "QOL_GROWTH_LEADER", "ASI_PROJECT",
        "FORUM_TOP_IDEA", "RECOMMENDED_STATE_COUNCIL", "RECOMMENDED_FEDERAL_BODY", "RECOMMENDED_ASI");
    assertThat(evaluation.matchedRuleIds()).containsExactlyElementsOf(TABLE.ruleIds());
    assertThat(evaluation.<String>column("ground")).doesNotHaveDuplicates().allSatisfy(ground -> assertThat(ground).isNotBlank());
  }

  @Test
  void admitsNoRegionThatMeetsNoCondition() {
    VariableMap region = Variables.createVariables()
        .putValue("investmentIntegralRank", 6)
        .putValue("investmentGrowthRank", 4)
        .putValue("qolRank", 11)
        .putValue("qolGrowthRank", 11)
        .putValue("asiProjectReady", false)
        .putValue("forumIdeaPlace", 1001)
        .putValue("recommendedByStateCouncil", false)
        .putValue("recommendedByFederalBody", false)
        .putValue("recommendedByAsi", false);

    Evaluation evaluation = TABLE.evaluate(region);

    assertThat(evaluation.rows()).isEmpty();
    assertThat(evaluation.matchedRuleIds()).isEmpty();
  }

  @Test
  void admitsNoRegionWithoutRatingEntriesAndRaisesNoError() {
    Evaluation evaluation = TABLE.evaluate(regionWithoutRatings());

    assertThat(evaluation.rows()).isEmpty();
  }

  @Test
  void treatsVariablesThatWereNeverSetAsNoRatingEntry() {
    assertThat(conditions(Variables.createVariables())).isEmpty();
    assertThat(conditions(Variables.createVariables().putValue("qolGrowthRank", 9))).containsExactly("QOL_GROWTH_LEADER");
  }

  @Test
  void ignoresNullRatingsNextToAMetCondition() {
    assertThat(conditions(regionWith("recommendedByStateCouncil", true).putValue("investmentIntegralRank", null)))
        .containsExactly("RECOMMENDED_STATE_COUNCIL");
  }
}
