package ru.smarteka.workflow.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import ru.smarteka.workflow.support.DataTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Flyway migrations load the reference data of the decrees and of the rating methodology. */
@DataTest
@Import({ReferenceImportService.class, ReferenceData.class})
class ReferenceMigrationsTest {

  @Autowired
  ReferenceData reference;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  LegacyCategoryRepository legacyCategories;

  @Autowired
  CatalogueSectionRepository sections;

  @Test
  void containsAllEightyNineFederalSubjectsWithTheirDistricts() {
    List<RegionInfo> regions = reference.regions();

    assertThat(regions).hasSize(89);
    assertThat(regions).extracting(RegionInfo::code).doesNotHaveDuplicates()
        .contains("01", "28", "79", "83", "86", "87", "89", "90", "91", "92", "93", "94", "95")
        .doesNotContain("80", "81", "82", "84", "85", "88");
    assertThat(reference.findRegion("28")).contains(new RegionInfo("28", "Амурская область", "Дальневосточный"));
    assertThat(reference.findRegion("03")).get().extracting(RegionInfo::federalDistrict).isEqualTo("Дальневосточный");
    assertThat(reference.findRegion("75")).get().extracting(RegionInfo::federalDistrict).isEqualTo("Дальневосточный");
    assertThat(reference.findRegion("91")).get().extracting(RegionInfo::federalDistrict).isEqualTo("Южный");
    assertThat(reference.findRegion("93")).get().extracting(RegionInfo::name).isEqualTo("Донецкая Народная Республика");
    assertThat(regions).extracting(RegionInfo::federalDistrict).containsOnly("Центральный", "Северо-Западный", "Южный",
        "Северо-Кавказский", "Приволжский", "Уральский", "Сибирский", "Дальневосточный");
    assertThat(reference.regionExists("28")).isTrue();
    assertThat(reference.regionExists("99")).isFalse();
  }

  @Test
  void containsTheTenCategoriesOf2026InOrder() {
    assertThat(reference.categories()).extracting(ReferenceItem::name).containsExactly(
        "Здравоохранение", "Экология", "Туризм", "Социальная поддержка", "Развитие предпринимательства",
        "Комфортная среда", "Образование", "Креативная экономика", "Кадровый потенциал",
        "Региональное и муниципальное управление");
    assertThat(reference.categoryExists("HEALTHCARE")).isTrue();
    assertThat(reference.categoryExists("CULTURE")).isFalse();
  }

  @Test
  void mapsEachOfTheTwelveCategoriesOf2021OntoACategoryOf2026() {
    assertThat(legacyCategories.findAll()).hasSize(12)
        .allSatisfy(legacy -> assertThat(reference.categoryExists(legacy.getCategoryCode())).isTrue());
    assertThat(reference.categoryOfLegacy("INVESTMENT")).contains("ENTREPRENEURSHIP");
    assertThat(reference.categoryOfLegacy("INNOVATION_TECHNOLOGY")).contains("GOVERNANCE");
    assertThat(reference.categoryOfLegacy("RURAL_DEVELOPMENT")).contains("COMFORTABLE_ENVIRONMENT");
    assertThat(reference.categoryOfLegacy("CULTURE")).contains("CREATIVE_ECONOMY");
  }

  @Test
  void containsLevelsSectionsDirectionsAndFactors() {
    assertThat(reference.levels()).extracting(ReferenceItem::code)
        .containsExactly("MANAGEMENT_MODEL", "SYSTEMIC_PRACTICE", "MANAGEMENT_TOOL");
    assertThat(reference.levelExists("MANAGEMENT_TOOL")).isTrue();
    assertThat(sections.findAllByOrderBySortOrder()).extracting(CatalogueSection::getName)
        .containsExactly("База знаний", "Тиражирование", "Подборки", "Нацрейтинг", "РКЖ");
    assertThat(jdbc.queryForObject("select count(*) from qol_direction", Integer.class)).isEqualTo(10);
    assertThat(jdbc.queryForObject("select count(*) from investment_factor", Integer.class)).isEqualTo(4);
    assertThat(reference.qolDirectionExists("MEDICAL_CARE")).isTrue();
    assertThat(reference.investmentFactorExists("SME_SUPPORT")).isTrue();
    assertThat(reference.investmentFactorExists("MEDICAL_CARE")).isFalse();
  }

  @Test
  void matchesEveryCategoryWithAtLeastOneQolDirection() {
    assertThat(reference.categories()).allSatisfy(
        category -> assertThat(reference.qolDirectionsOf(category.code())).isNotEmpty());
    assertThat(reference.qolDirectionsOf("HEALTHCARE")).extracting(ReferenceItem::name)
        .containsExactly("Медицинское обслуживание");
    assertThat(reference.qolDirectionsOf("SOCIAL_SUPPORT")).extracting(ReferenceItem::code)
        .containsExactly("INCLUSION_EQUALITY", "SOCIAL_PROTECTION");
    assertThat(reference.investmentFactorsOf("ENTREPRENEURSHIP")).hasSize(4);
    assertThat(reference.investmentFactorsOf("GOVERNANCE")).extracting(ReferenceItem::code)
        .containsExactly("REGULATORY_ENVIRONMENT", "BUSINESS_INSTITUTIONS");
    assertThat(reference.investmentFactorsOf("HEALTHCARE")).isEmpty();
  }

  @Test
  void containsAmurResponsibleBodiesOfDecree494PerCategory() {
    List<ResponsibleBodyInfo> bodies = reference.responsibleBodies("28");

    assertThat(bodies).hasSize(18).extracting(ResponsibleBodyInfo::name).doesNotHaveDuplicates();
    Map<String, Long> perCategory = bodies.stream().flatMap(b -> b.categoryCodes().stream())
        .collect(Collectors.groupingBy(code -> code, Collectors.counting()));
    assertThat(perCategory).containsExactlyInAnyOrderEntriesOf(Map.of(
        "HEALTHCARE", 2L, "TOURISM", 1L, "COMFORTABLE_ENVIRONMENT", 4L, "CREATIVE_ECONOMY", 3L, "ECOLOGY", 2L,
        "SOCIAL_SUPPORT", 2L, "EDUCATION", 1L, "HUMAN_RESOURCES", 5L, "ENTREPRENEURSHIP", 14L, "GOVERNANCE", 3L));
    assertThat(reference.responsibleBodies("28", "HEALTHCARE")).extracting(ResponsibleBodyInfo::name)
        .containsExactlyInAnyOrder("Министерство здравоохранения Амурской области",
            "Министерство по физической культуре и спорту Амурской области");
  }

  @Test
  void flagsTheMinistryOfEconomicDevelopmentAsAmurCoordinator() {
    assertThat(reference.coordinatingBody("28")).get().satisfies(body -> {
      assertThat(body.name()).isEqualTo("Министерство экономического развития Амурской области");
      assertThat(body.categoryCodes()).containsExactly("ENTREPRENEURSHIP", "CREATIVE_ECONOMY", "GOVERNANCE");
    });
    assertThat(reference.responsibleBodies("28")).filteredOn(ResponsibleBodyInfo::coordinator).hasSize(1);
    assertThat(reference.coordinatingBody("77")).isEmpty();
  }
}
