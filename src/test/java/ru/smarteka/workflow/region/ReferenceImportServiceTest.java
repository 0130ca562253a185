package ru.smarteka.workflow.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import ru.smarteka.workflow.support.DataTest;

@DataTest
@Import({ReferenceImportService.class, ReferenceData.class})
class ReferenceImportServiceTest {

  static final String RATINGS_HEADER = "year;indicator;region;subject;rank;ready_to_replicate;note\n";
  static final String BODIES_HEADER = "region;body;categories;coordinator\n";

  @Autowired
  ReferenceImportService imports;

  @Autowired
  ReferenceData reference;

  @Autowired
  RatingResultRepository ratings;

  /** Each test starts from an empty rating table (the suite's database may hold demo data; the test rolls back). */
  @BeforeEach
  void emptyRatings() {
    ratings.deleteAllInBatch();
  }

  @Test
  void importsAGoodRatingsFileAndReportsTheReplacedYearsAndIndicators() {
    ImportResult result = importRatings("""
        2025;INVESTMENT_INTEGRAL;16;;2;;
        2025;INVESTMENT_INTEGRAL;28;;41;;
        2025;QOL_DIRECTION;28;MEDICAL_CARE;8;;
        2025;ASI_PROJECT;28;;;true;Точка кипения
        2025;RECOMMENDATION;28;FEDERAL_BODY;;;Минздрав России
        """);

    assertThat(result.dataset()).isEqualTo("ratings");
    assertThat(result.rowsImported()).isEqualTo(5);
    assertThat(result.yearsOrRegionsReplaced())
        .containsExactly("2025 ASI_PROJECT", "2025 INVESTMENT_INTEGRAL", "2025 QOL_DIRECTION", "2025 RECOMMENDATION");
    assertThat(ratings.count()).isEqualTo(5);
    assertThat(reference.latestRatingYear()).hasValue(2025);
  }

  @Test
  void acceptsColumnsInAnyOrderQuotedFieldsABomAndLowerCaseCodes() {
    String csv = "\uFEFFregion;year;indicator;rank;note\r\n"
        + "1;2024;forum_idea;12;\"Идея; с точкой с запятой и \"\"кавычками\"\"\"\r\n\r\n";

    ImportResult result = imports.importCsv(ReferenceDataset.RATINGS, csv.getBytes(StandardCharsets.UTF_8));

    assertThat(result.rowsImported()).isEqualTo(1);
    assertThat(ratings.findByRatingYearAndRegionCode(2024, "01")).singleElement().satisfies(row -> {
      assertThat(row.getIndicator()).isEqualTo(RatingIndicator.FORUM_IDEA);
      assertThat(row.getNote()).isEqualTo("Идея; с точкой с запятой и \"кавычками\"");
    });
  }

  @Test
  void rejectsTheWholeFileListingEveryBadLineAndFieldAndWritesNothing() {
    importRatings("2024;INVESTMENT_INTEGRAL;77;;1;;\n");

    ReferenceImportException e = catchThrowableOfType(ReferenceImportException.class, () -> importRatings("""
        2025;INVESTMENT_INTEGRAL;16;;2;;
        2025;INVESTMENT_INTEGRAL;99;;3;;
        2025;QOL_DIRECTION;28;;8;;
        2025;QOL_GROWTH;28;REGULATORY_ENVIRONMENT;1;;
        2025;INVESTMENT_GROWTH;28;SME_SUPPORT;0;;
        1999;FORUM_IDEA;28;;5;;
        2025;TOP_SECRET;28;;5;;
        2025;ASI_PROJECT;28;;;maybe;
        2025;INVESTMENT_INTEGRAL;16;;4;;
        2025;RECOMMENDATION;28;GOVERNOR;;;
        2025;FORUM_IDEA;28;;;;
        abc;INVESTMENT_INTEGRAL;28;;x;;
        """));

    assertThat(e.errors()).extracting(ImportError::line, ImportError::field).containsExactly(
        tuple(3, "region"),
        tuple(4, "subject"),
        tuple(5, "subject"),
        tuple(6, "rank"),
        tuple(7, "year"),
        tuple(8, "indicator"),
        tuple(9, "ready_to_replicate"),
        tuple(10, "region"),
        tuple(11, "subject"),
        tuple(12, "rank"),
        tuple(13, "year"),
        tuple(13, "rank"));
    assertThat(e.errors()).allSatisfy(error -> assertThat(error.message()).isNotBlank());
    assertThat(ratings.findAll()).singleElement().extracting(RatingResult::getRegionCode).isEqualTo("77");
  }

  @Test
  void capsTheListOfErrorsAtOneHundred() {
    String csv = "2025;INVESTMENT_INTEGRAL;99;;1;;\n".repeat(150);

    ReferenceImportException e = catchThrowableOfType(ReferenceImportException.class, () -> importRatings(csv));

    assertThat(e.errors()).hasSize(ReferenceImportService.MAX_ERRORS);
  }

  @Test
  void rejectsAFileWithoutTheRequiredHeader() {
    ReferenceImportException e = catchThrowableOfType(ReferenceImportException.class,
        () -> imports.importCsv(ReferenceDataset.RATINGS, "2025;INVESTMENT_INTEGRAL;16;;2;;\n".getBytes(
            StandardCharsets.UTF_8)));

    assertThat(e.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.line()).isEqualTo(1));
  }

  @Test
  void rejectsAnEmptyFileAndBytesThatAreNotUtf8() {
    assertThat(catchThrowableOfType(ReferenceImportException.class,
        () -> imports.importCsv(ReferenceDataset.RATINGS, new byte[0])).errors())
        .extracting(ImportError::field).containsExactly("header");
    byte[] windows1251 = (RATINGS_HEADER + "2025;FORUM_IDEA;28;;5;;Идея\n").getBytes(
        Charset.forName("windows-1251"));
    assertThat(catchThrowableOfType(ReferenceImportException.class,
        () -> imports.importCsv(ReferenceDataset.RATINGS, windows1251)).errors())
        .extracting(ImportError::field).containsExactly("file");
  }

  @Test
  void replacesOnlyTheYearAndIndicatorPairsTheFileContains() {
    importRatings("""
        2025;INVESTMENT_INTEGRAL;16;;2;;
        2025;INVESTMENT_INTEGRAL;28;;41;;
        2025;FORUM_IDEA;28;;412;;Идея
        2024;INVESTMENT_INTEGRAL;28;;45;;
        """);

    ImportResult result = importRatings("2025;INVESTMENT_INTEGRAL;28;;30;;\n");

    assertThat(result.yearsOrRegionsReplaced()).containsExactly("2025 INVESTMENT_INTEGRAL");
    assertThat(ratings.findByRatingYearAndRegionCode(2025, "16")).isEmpty();
    assertThat(ratings.findByRatingYearAndRegionCode(2025, "28"))
        .extracting(RatingResult::getIndicator, RatingResult::getRank)
        .containsExactlyInAnyOrder(
            tuple(RatingIndicator.INVESTMENT_INTEGRAL, 30),
            tuple(RatingIndicator.FORUM_IDEA, 412));
    assertThat(ratings.findByRatingYearAndRegionCode(2024, "28")).extracting(RatingResult::getRank).containsExactly(45);
  }

  @Test
  void importsResponsibleBodiesReplacingTheBodiesOfTheRegionsInTheFile() {
    ImportResult result = imports.importCsv(ReferenceDataset.RESPONSIBLE_BODIES, (BODIES_HEADER + """
        72;Департамент экономики Тюменской области;ENTREPRENEURSHIP|GOVERNANCE;true
        72;Департамент здравоохранения Тюменской области;healthcare;
        16;Министерство экономики Республики Татарстан;ENTREPRENEURSHIP;да
        """).getBytes(StandardCharsets.UTF_8));

    assertThat(result.dataset()).isEqualTo("responsible-bodies");
    assertThat(result.rowsImported()).isEqualTo(3);
    assertThat(result.yearsOrRegionsReplaced()).containsExactly("16", "72");
    assertThat(reference.responsibleBodies("72")).extracting(ResponsibleBodyInfo::name, ResponsibleBodyInfo::coordinator)
        .containsExactly(
            tuple("Департамент здравоохранения Тюменской области", false),
            tuple("Департамент экономики Тюменской области", true));
    assertThat(reference.coordinatingBody("72")).get().extracting(ResponsibleBodyInfo::categoryCodes)
        .isEqualTo(List.of("ENTREPRENEURSHIP", "GOVERNANCE"));

    imports.importCsv(ReferenceDataset.RESPONSIBLE_BODIES, (BODIES_HEADER + """
        72;Департамент здравоохранения Тюменской области;HEALTHCARE|HUMAN_RESOURCES;true
        """).getBytes(StandardCharsets.UTF_8));

    assertThat(reference.responsibleBodies("72")).singleElement().satisfies(body -> {
      assertThat(body.coordinator()).isTrue();
      assertThat(body.categoryCodes()).containsExactly("HEALTHCARE", "HUMAN_RESOURCES");
    });
    assertThat(reference.responsibleBodies("16")).hasSize(1);
    assertThat(reference.responsibleBodies("28")).hasSize(18);
  }

  @Test
  void rejectsBadResponsibleBodiesAndKeepsTheOldOnes() {
    ReferenceImportException e = catchThrowableOfType(ReferenceImportException.class,
        () -> imports.importCsv(ReferenceDataset.RESPONSIBLE_BODIES, (BODIES_HEADER + """
            28;Министерство экономического развития Амурской области;ENTREPRENEURSHIP;true
            28;Министерство экономического развития Амурской области;GOVERNANCE;false
            28;Министерство здравоохранения Амурской области;HEALTHCARE;true
            28;Министерство финансов Амурской области;FINANCE;false
            28;;HEALTHCARE;false
            28;Министерство культуры Амурской области;;false
            00;Министерство образования;EDUCATION;false
            28;Министерство спорта Амурской области;HEALTHCARE;возможно
            """).getBytes(StandardCharsets.UTF_8)));

    assertThat(e.errors()).extracting(ImportError::line, ImportError::field).containsExactly(
        tuple(3, "body"),
        tuple(4, "coordinator"),
        tuple(5, "categories"),
        tuple(6, "body"),
        tuple(7, "categories"),
        tuple(8, "region"),
        tuple(9, "coordinator"));
    assertThat(reference.responsibleBodies("28")).hasSize(18);
  }

  @Test
  void importsFederalReviewersAddingNewOnesAndReplacingTheNameAndCategoriesOfKnownOnes() {
    assertThat(reference.federalReviewers()).hasSize(16);
    assertThat(reference.federalReviewer("minzdrav")).hasValueSatisfying(r -> {
      assertThat(r.group()).isEqualTo("federal-body-minzdrav");
      assertThat(r.categoryCodes()).containsExactly("HEALTHCARE");
    });

    ImportResult result = imports.importCsv(ReferenceDataset.FEDERAL_REVIEWERS, """
        kind;code;name;categories
        FEDERAL_BODY;minsport;Министерство спорта Российской Федерации;EDUCATION|HEALTH_LIFESTYLE
        STATE_COUNCIL_COMMISSION;Health;Комиссия Государственного Совета по направлению «Здравоохранение»;HEALTHCARE|SOCIAL_SUPPORT
        """.getBytes(StandardCharsets.UTF_8));

    assertThat(result.rowsImported()).isEqualTo(2);
    assertThat(result.yearsOrRegionsReplaced()).containsExactly("health");
    assertThat(reference.federalReviewers()).hasSize(17).last().satisfies(r -> {
      assertThat(r.code()).isEqualTo("minsport");
      assertThat(r.group()).isEqualTo("federal-body-minsport");
      assertThat(r.categoryCodes()).as("a 2021 code maps onto its category").containsExactly("HEALTHCARE", "EDUCATION");
    });
    assertThat(reference.federalReviewer("health")).hasValueSatisfying(r -> {
      assertThat(r.group()).isEqualTo("state-council-commission-health");
      assertThat(r.categoryCodes()).containsExactly("HEALTHCARE", "SOCIAL_SUPPORT");
    });
  }

  @Test
  void rejectsBadFederalReviewersAndKeepsTheOldOnes() {
    ReferenceImportException e = catchThrowableOfType(ReferenceImportException.class,
        () -> imports.importCsv(ReferenceDataset.FEDERAL_REVIEWERS, """
            kind;code;name;categories
            MINISTRY;minfin;Минфин России;GOVERNANCE
            FEDERAL_BODY;мин фин;Минфин России;GOVERNANCE
            FEDERAL_BODY;minfin;;GOVERNANCE
            FEDERAL_BODY;minfin;Минфин России;FINANCE
            FEDERAL_BODY;minfin;Минфин России;
            FEDERAL_BODY;minsport;Минспорт России;HEALTHCARE
            FEDERAL_BODY;minsport;Минспорт России;EDUCATION
            """.getBytes(StandardCharsets.UTF_8)));

    assertThat(e.errors()).extracting(ImportError::line, ImportError::field).containsExactly(
        tuple(2, "kind"),
        tuple(3, "code"),
        tuple(4, "name"),
        tuple(5, "categories"),
        tuple(6, "categories"),
        tuple(8, "code"));
    assertThat(reference.federalReviewers()).hasSize(16);
  }

  private ImportResult importRatings(String rows) {
    return imports.importCsv(ReferenceDataset.RATINGS, (RATINGS_HEADER + rows).getBytes(StandardCharsets.UTF_8));
  }
}
