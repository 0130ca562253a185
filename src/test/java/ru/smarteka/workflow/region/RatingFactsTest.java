package ru.smarteka.workflow.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import ru.smarteka.workflow.support.DataTest;

/** {@link ReferenceData#ratingFacts} gathers what the eligibility decision needs for a region and a category. */
@DataTest
@Import({ReferenceImportService.class, ReferenceData.class})
class RatingFactsTest {

  @Autowired
  ReferenceImportService imports;

  @Autowired
  ReferenceData reference;

  @BeforeEach
  void ratings() {
    imports.importCsv(ReferenceDataset.RATINGS, """
        year;indicator;region;subject;rank;ready_to_replicate;note
        2025;INVESTMENT_INTEGRAL;28;;41;;
        2025;INVESTMENT_INTEGRAL;16;;2;;
        2025;INVESTMENT_GROWTH;28;REGULATORY_ENVIRONMENT;6;;
        2025;INVESTMENT_GROWTH;28;SME_SUPPORT;2;;
        2025;QOL_DIRECTION;28;MEDICAL_CARE;8;;
        2025;QOL_DIRECTION;28;SOCIAL_PROTECTION;3;;
        2025;QOL_DIRECTION;28;INCLUSION_EQUALITY;17;;
        2025;QOL_GROWTH;28;SOCIAL_PROTECTION;12;;
        2025;QOL_GROWTH;28;INCLUSION_EQUALITY;5;;
        2025;ASI_PROJECT;28;;;false;Точка кипения
        2025;ASI_PROJECT;28;;;true;Школа управленческих команд
        2025;ASI_PROJECT;16;;;false;Проект
        2025;FORUM_IDEA;28;;412;;Идея один
        2025;FORUM_IDEA;28;;95;;Идея два
        2025;RECOMMENDATION;28;FEDERAL_BODY;;;Минздрав России
        2025;RECOMMENDATION;28;STATE_COUNCIL_COMMISSION;;;Комиссия Госсовета
        2025;RECOMMENDATION;28;FEDERAL_BODY;;;Минпросвещения России
        2024;INVESTMENT_INTEGRAL;28;;1;;
        2024;QOL_DIRECTION;28;MEDICAL_CARE;1;;
        """.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void takesTheBestRanksOverTheDirectionsMatchingTheCategory() {
    RatingFacts facts = reference.ratingFacts("28", "SOCIAL_SUPPORT", 2025);

    assertThat(facts.investmentIntegralRank()).isEqualTo(41);
    assertThat(facts.bestInvestmentGrowthRank()).isEqualTo(2);
    assertThat(facts.bestQolRank()).isEqualTo(3);
    assertThat(facts.bestQolGrowthRank()).isEqualTo(5);
    assertThat(facts.asiProjectReadyToReplicate()).isTrue();
    assertThat(facts.bestForumIdeaPlace()).isEqualTo(95);
    assertThat(facts.recommendedBy())
        .containsExactly(RecommenderKind.STATE_COUNCIL_COMMISSION, RecommenderKind.FEDERAL_BODY);
    assertThat(facts.isRecommendedBy(RecommenderKind.ASI)).isFalse();
  }

  @Test
  void ignoresQolRanksOfDirectionsThatDoNotMatchTheCategory() {
    RatingFacts facts = reference.ratingFacts("28", "HEALTHCARE", 2025);

    assertThat(facts.bestQolRank()).isEqualTo(8);
    assertThat(facts.bestQolGrowthRank()).isNull();
  }

  @Test
  void readsOnlyTheRequestedRatingYear() {
    RatingFacts facts = reference.ratingFacts("28", "HEALTHCARE", 2024);

    assertThat(facts.investmentIntegralRank()).isEqualTo(1);
    assertThat(facts.bestQolRank()).isEqualTo(1);
    assertThat(facts.bestInvestmentGrowthRank()).isNull();
    assertThat(facts.asiProjectReadyToReplicate()).isFalse();
    assertThat(facts.recommendedBy()).isEmpty();
  }

  @Test
  void givesNoFactsForARegionThatIsListedNowhere() {
    RatingFacts facts = reference.ratingFacts("79", "HEALTHCARE", 2025);

    assertThat(facts).isEqualTo(new RatingFacts("79", "HEALTHCARE", 2025, null, null, null, null, false, null,
        List.of()));
  }

  @Test
  void countsAnAsiProjectOnlyWhenTheRegionIsReadyToReplicateIt() {
    assertThat(reference.ratingFacts("16", "HEALTHCARE", 2025).asiProjectReadyToReplicate()).isFalse();
  }

  @Test
  void rejectsAnUnknownRegionOrCategory() {
    assertThatIllegalArgumentException().isThrownBy(() -> reference.ratingFacts("99", "HEALTHCARE", 2025));
    assertThatIllegalArgumentException().isThrownBy(() -> reference.ratingFacts("28", "CULTURE", 2025));
    assertThatIllegalArgumentException().isThrownBy(() -> reference.ratingFacts("28", null, 2025));
  }

  @Test
  void knowsTheLatestRatingYear() {
    assertThat(reference.latestRatingYear()).hasValue(2025);
  }
}
