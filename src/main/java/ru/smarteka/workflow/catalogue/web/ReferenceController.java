package ru.smarteka.workflow.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.smarteka.workflow.region.LegacyCategoryInfo;
import ru.smarteka.workflow.region.ReferenceData;
import ru.smarteka.workflow.region.ReferenceItem;
import ru.smarteka.workflow.region.RegionInfo;
import ru.smarteka.workflow.region.ResponsibleBodyInfo;
import ru.smarteka.workflow.region.SectionInfo;
import ru.smarteka.workflow.system.NotFoundException;

/**
 * The reference lists a portal's forms and filters offer, for any logged-in user, with an entity tag of their content
 * and {@code Cache-Control: private, max-age=300}.
 */
@RestController
@RequestMapping("/api/reference")
@Tag(name = "Справочники", description = "Справочники для форм и фильтров портала: регионы, категории, уровни, "
    + "разделы каталога, направления РКЖ, факторы Нацрейтинга, ответственные органы")
class ReferenceController {

  static final Duration MAX_AGE = Duration.ofMinutes(5);

  private final ReferenceData reference;
  private final Cacheable cacheable;

  ReferenceController(ReferenceData reference, Cacheable cacheable) {
    this.reference = reference;
    this.cacheable = cacheable;
  }

  /** A 2026 category with the 2021 categories that map onto it and the rating directions and factors it improves. */
  record Category(String code, String name, List<ReferenceItem> legacyCategories, List<String> qolDirections,
      List<String> investmentFactors) {
  }

  /** A QoL direction or an investment factor with the categories whose practices improve it. */
  record RatingSubject(String code, String name, List<String> categories) {
  }

  @GetMapping("/regions")
  @Operation(summary = "Субъекты РФ с федеральными округами")
  ResponseEntity<List<RegionInfo>> regions() {
    return cacheable.privately(reference.regions(), MAX_AGE);
  }

  @GetMapping("/districts")
  @Operation(summary = "Федеральные округа")
  ResponseEntity<List<String>> districts() {
    return cacheable.privately(reference.regions().stream().map(RegionInfo::federalDistrict).distinct().sorted()
        .toList(), MAX_AGE);
  }

  @GetMapping("/regions/{code}/responsible-bodies")
  @Operation(summary = "Ответственные органы региона и их категории")
  ResponseEntity<List<ResponsibleBodyInfo>> responsibleBodies(@PathVariable String code) {
    if (!reference.regionExists(code)) {
      throw new NotFoundException("Нет субъекта РФ с кодом " + code);
    }
    return cacheable.privately(reference.responsibleBodies(code), MAX_AGE);
  }

  @GetMapping("/categories")
  @Operation(summary = "Десять категорий 2026 года с кодами категорий 2021 года, которые на них отображаются")
  ResponseEntity<List<Category>> categories() {
    List<LegacyCategoryInfo> legacy = reference.legacyCategories();
    Map<String, List<String>> byDirection = reference.categoriesByQolDirection();
    Map<String, List<String>> byFactor = reference.categoriesByInvestmentFactor();
    List<ReferenceItem> directions = reference.qolDirections();
    List<ReferenceItem> factors = reference.investmentFactors();
    List<Category> categories = new ArrayList<>();
    for (ReferenceItem category : reference.categories()) {
      categories.add(new Category(category.code(), category.name(),
          legacy.stream().filter(l -> l.categoryCode().equals(category.code()))
              .map(l -> new ReferenceItem(l.code(), l.name())).toList(),
          subjectsOf(category.code(), directions, byDirection),
          subjectsOf(category.code(), factors, byFactor)));
    }
    return cacheable.privately(categories, MAX_AGE);
  }

  @GetMapping("/legacy-categories")
  @Operation(summary = "Категории 2021 года (постановление № 188) и категория 2026 года каждой")
  ResponseEntity<List<LegacyCategoryInfo>> legacyCategories() {
    return cacheable.privately(reference.legacyCategories(), MAX_AGE);
  }

  @GetMapping("/levels")
  @Operation(summary = "Уровни практики")
  ResponseEntity<List<ReferenceItem>> levels() {
    return cacheable.privately(reference.levels(), MAX_AGE);
  }

  @GetMapping("/sections")
  @Operation(summary = "Разделы каталога")
  ResponseEntity<List<SectionInfo>> sections() {
    return cacheable.privately(reference.catalogueSections(), MAX_AGE);
  }

  @GetMapping("/qol-directions")
  @Operation(summary = "Направления Рейтинга качества жизни и категории, которые на них влияют")
  ResponseEntity<List<RatingSubject>> qolDirections() {
    return cacheable.privately(subjects(reference.qolDirections(), reference.categoriesByQolDirection()), MAX_AGE);
  }

  @GetMapping("/investment-factors")
  @Operation(summary = "Факторы Национального рейтинга инвестиционного климата и категории, которые на них влияют")
  ResponseEntity<List<RatingSubject>> investmentFactors() {
    return cacheable.privately(subjects(reference.investmentFactors(), reference.categoriesByInvestmentFactor()),
        MAX_AGE);
  }

  private static List<RatingSubject> subjects(List<ReferenceItem> items, Map<String, List<String>> categories) {
    return items.stream()
        .map(i -> new RatingSubject(i.code(), i.name(), categories.getOrDefault(i.code(), List.of())))
        .toList();
  }

  private static List<String> subjectsOf(String category, List<ReferenceItem> items,
      Map<String, List<String>> categoriesBySubject) {
    return items.stream()
        .filter(i -> categoriesBySubject.getOrDefault(i.code(), List.of()).contains(category))
        .map(ReferenceItem::code)
        .toList();
  }
}
