package ru.smarteka.workflow.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import ru.smarteka.workflow.support.DataTest;

/**
 * The shipped demo data ({@code reference/demo/*.csv}, imported by the demo scenario at the first start) import
 * cleanly and give later eligibility tests both outcomes: Amur qualifies for
 * healthcare practices in 2025, the Jewish Autonomous Region (79) on no condition. The thresholds below are the
 * ones of seed 000 and decree 494 (TOP-5, TOP-3, TOP-10, TOP-10, TOP-1000); the real ones live in the DMN table.
 */
@DataTest
@Import({ReferenceImportService.class, ReferenceData.class})
class ReferenceDemoDataTest {

  @Autowired
  ReferenceImportService imports;

  @Autowired
  ReferenceData reference;

  @Autowired
  RatingResultRepository ratings;

  @Test
  void theDemoFilesImportEveryRatingAndTheBodiesOfTheDemoRegions() throws IOException {
    load();
    long loaded = ratings.count();
    load();

    assertThat(loaded).isGreaterThan(1000);
    assertThat(ratings.count()).as("a second import replaces the same years").isEqualTo(loaded);
    assertThat(reference.latestRatingYear()).hasValue(2025);
    assertThat(reference.coordinatingBody("72")).isPresent();
    assertThat(reference.coordinatingBody("16")).get().extracting(ResponsibleBodyInfo::name)
        .isEqualTo("Министерство экономики Республики Татарстан");
    assertThat(reference.responsibleBodies("28")).hasSize(18);
  }

  @Test
  void ranksTatarstanMoscowAndTyumenHighAndAmurMidTable() throws IOException {
    load();

    assertThat(reference.ratingFacts("77", "HEALTHCARE", 2025).investmentIntegralRank()).isLessThanOrEqualTo(5);
    assertThat(reference.ratingFacts("16", "HEALTHCARE", 2025).investmentIntegralRank()).isLessThanOrEqualTo(5);
    assertThat(reference.ratingFacts("72", "HEALTHCARE", 2025).investmentIntegralRank()).isLessThanOrEqualTo(5);
    assertThat(reference.ratingFacts("28", "HEALTHCARE", 2025).investmentIntegralRank()).isBetween(30, 60);
    assertThat(reference.ratingFacts("28", "HEALTHCARE", 2024).investmentIntegralRank()).isNotNull();
  }

  @Test
  void letsAmurQualifyForHealthcareIn2025() throws IOException {
    load();

    RatingFacts amur = reference.ratingFacts("28", "HEALTHCARE", 2025);

    assertThat(qualifyingConditions(amur)).isPositive();
    assertThat(amur.bestQolRank()).isEqualTo(8);
  }

  @Test
  void letsTheJewishAutonomousRegionQualifyOnNoCondition() throws IOException {
    load();

    for (ReferenceItem category : reference.categories()) {
      assertThat(qualifyingConditions(reference.ratingFacts("79", category.code(), 2025)))
          .as("conditions met by region 79 for %s", category.code()).isZero();
    }
  }

  private void load() throws IOException {
    imports.importCsv(ReferenceDataset.RATINGS, read("reference/demo/ratings.csv"));
    imports.importCsv(ReferenceDataset.RESPONSIBLE_BODIES, read("reference/demo/responsible-bodies.csv"));
  }

  private static byte[] read(String path) throws IOException {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    }
  }

  private static int qualifyingConditions(RatingFacts facts) {
    int met = 0;
    met += within(facts.investmentIntegralRank(), 5);
    met += within(facts.bestInvestmentGrowthRank(), 3);
    met += within(facts.bestQolRank(), 10);
    met += within(facts.bestQolGrowthRank(), 10);
    met += facts.asiProjectReadyToReplicate() ? 1 : 0;
    met += within(facts.bestForumIdeaPlace(), 1000);
    met += facts.recommendedBy().isEmpty() ? 0 : 1;
    return met;
  }

  private static int within(Integer rank, int top) {
    return rank != null && rank <= top ? 1 : 0;
  }
}
