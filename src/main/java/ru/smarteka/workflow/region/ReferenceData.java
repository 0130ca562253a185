package ru.smarteka.workflow.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference data of Smarteka workflow, the API of the region module: federal subjects, practice categories and
 * levels, rating directions and factors, responsible regional bodies and the rating facts eligibility is decided on.
 * Read-only; the data change through Flyway migrations and the CSV import ({@code POST /api/admin/reference/...}).
 */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

  private final RegionRepository regions;
  private final PracticeCategoryRepository categories;
  private final LegacyCategoryRepository legacyCategories;
  private final PracticeLevelRepository levels;
  private final QolDirectionRepository qolDirections;
  private final InvestmentFactorRepository investmentFactors;
  private final ResponsibleBodyRepository bodies;
  private final RatingResultRepository ratings;
  private final CatalogueSectionRepository sections;
  private final FederalReviewerRepository federalReviewers;

  ReferenceData(RegionRepository regions, PracticeCategoryRepository categories,
      LegacyCategoryRepository legacyCategories, PracticeLevelRepository levels, QolDirectionRepository qolDirections,
      InvestmentFactorRepository investmentFactors, ResponsibleBodyRepository bodies, RatingResultRepository ratings,
      CatalogueSectionRepository sections, FederalReviewerRepository federalReviewers) {
    this.sections = sections;
    this.federalReviewers = federalReviewers;
    this.regions = regions;
    this.categories = categories;
    this.legacyCategories = legacyCategories;
    this.levels = levels;
    this.qolDirections = qolDirections;
    this.investmentFactors = investmentFactors;
    this.bodies = bodies;
    this.ratings = ratings;
  }

  // --- regions

  public boolean regionExists(String regionCode) {
    return regionCode != null && regions.existsById(regionCode);
  }

  public Optional<RegionInfo> findRegion(String regionCode) {
    return regionCode == null ? Optional.empty() : regions.findById(regionCode).map(Region::toInfo);
  }

  /** All 89 federal subjects, by code. */
  public List<RegionInfo> regions() {
    return regions.findAllByOrderByCode().stream().map(Region::toInfo).toList();
  }

  // --- categories, levels, directions, factors

  public boolean categoryExists(String categoryCode) {
    return categoryCode != null && categories.existsById(categoryCode);
  }

  /** The ten categories of 2026, in their official order. */
  public List<ReferenceItem> categories() {
    return categories.findAllByOrderBySortOrder().stream().map(PracticeCategory::toItem).toList();
  }

  /** The 2026 category a category of the 2021 list maps onto (e.g. {@code INVESTMENT} → {@code ENTREPRENEURSHIP}). */
  public Optional<String> categoryOfLegacy(String legacyCategoryCode) {
    return legacyCategoryCode == null
        ? Optional.empty()
        : legacyCategories.findById(legacyCategoryCode).map(LegacyCategory::getCategoryCode);
  }

  /** The 2021 categories with the 2026 category each maps onto, in their order. */
  public List<LegacyCategoryInfo> legacyCategories() {
    return legacyCategories.findAllByOrderBySortOrder().stream()
        .map(c -> new LegacyCategoryInfo(c.getCode(), c.getName(), c.getCategoryCode()))
        .toList();
  }

  /** The sections of the catalogue (База знаний, Тиражирование, Подборки, Нацрейтинг, РКЖ), in their order. */
  public List<SectionInfo> catalogueSections() {
    return sections.findAllByOrderBySortOrder().stream()
        .map(s -> new SectionInfo(s.getCode(), s.getName(), s.getDescription()))
        .toList();
  }

  /** Every Quality of Life direction, in its order. */
  public List<ReferenceItem> qolDirections() {
    return qolDirections.findAllByOrderBySortOrder().stream().map(QolDirection::toItem).toList();
  }

  /** Every investment-climate factor, in its order. */
  public List<ReferenceItem> investmentFactors() {
    return investmentFactors.findAllByOrderBySortOrder().stream().map(InvestmentFactor::toItem).toList();
  }

  /** For each QoL direction, the codes of the categories whose practices improve it (one query). */
  public Map<String, List<String>> categoriesByQolDirection() {
    return byValue(categories.qolDirectionPairs());
  }

  /** For each investment factor, the codes of the categories whose practices improve it (one query). */
  public Map<String, List<String>> categoriesByInvestmentFactor() {
    return byValue(categories.investmentFactorPairs());
  }

  private Map<String, List<String>> byValue(List<Object[]> pairs) {
    Map<String, Integer> order = categoryOrder();
    Map<String, List<String>> result = new HashMap<>();
    for (Object[] pair : pairs) {
      result.computeIfAbsent((String) pair[1], k -> new ArrayList<>()).add((String) pair[0]);
    }
    result.values().forEach(codes -> codes.sort(
        Comparator.comparing((String code) -> order.getOrDefault(code, Integer.MAX_VALUE))));
    return result;
  }

  public boolean levelExists(String levelCode) {
    return levelCode != null && levels.existsById(levelCode);
  }

  public List<ReferenceItem> levels() {
    return levels.findAllByOrderBySortOrder().stream().map(PracticeLevel::toItem).toList();
  }

  public boolean qolDirectionExists(String directionCode) {
    return directionCode != null && qolDirections.existsById(directionCode);
  }

  public boolean investmentFactorExists(String factorCode) {
    return factorCode != null && investmentFactors.existsById(factorCode);
  }

  /** The Quality of Life directions a practice of the category improves. */
  public List<ReferenceItem> qolDirectionsOf(String categoryCode) {
    return qolDirections.findMatching(categoryCode).stream().map(QolDirection::toItem).toList();
  }

  /** The investment-climate factors a practice of the category improves (may be empty). */
  public List<ReferenceItem> investmentFactorsOf(String categoryCode) {
    return investmentFactors.findMatching(categoryCode).stream().map(InvestmentFactor::toItem).toList();
  }

  // --- responsible bodies

  /** The responsible bodies of a region with their categories, by name (one query). */
  public List<ResponsibleBodyInfo> responsibleBodies(String regionCode) {
    List<ResponsibleBody> found = bodies.findWithCategoriesByRegion(regionCode);
    if (found.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> order = categoryOrder();
    return found.stream().map(b -> toInfo(b, order)).toList();
  }

  /** The responsible bodies of a region for one category. */
  public List<ResponsibleBodyInfo> responsibleBodies(String regionCode, String categoryCode) {
    return responsibleBodies(regionCode).stream().filter(b -> b.isResponsibleFor(categoryCode)).toList();
  }

  /** The body that coordinates the others in the region and collects their quarterly reports. */
  public Optional<ResponsibleBodyInfo> coordinatingBody(String regionCode) {
    return responsibleBodies(regionCode).stream().filter(ResponsibleBodyInfo::coordinator).findFirst();
  }

  // --- federal reviewers

  /** The federal executive bodies and State Council commissions with the categories each reviews (one query). */
  public List<FederalReviewerInfo> federalReviewers() {
    Map<String, Integer> order = categoryOrder();
    List<String> inOrder = order.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .toList();
    return federalReviewers.findAllWithCategories().stream().map(r -> r.toInfo(inOrder)).toList();
  }

  public Optional<FederalReviewerInfo> federalReviewer(String code) {
    return code == null ? Optional.empty()
        : federalReviewers().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  // --- ratings

  /** The most recent rating year with any rating data, empty when there are none. */
  public OptionalInt latestRatingYear() {
    return ratings.findLatestRatingYear().map(OptionalInt::of).orElseGet(OptionalInt::empty);
  }

  /**
   * The facts the publication-eligibility decision needs about a region and a category in a rating year. Two
   * queries: the category's directions and all rating rows of the region in that year.
   *
   * @throws IllegalArgumentException when the region or the category is unknown
   */
  public RatingFacts ratingFacts(String regionCode, String categoryCode, int ratingYear) {
    if (!regionExists(regionCode)) {
      throw new IllegalArgumentException("Unknown region: " + regionCode);
    }
    PracticeCategory category = categories.findById(Objects.requireNonNullElse(categoryCode, ""))
        .orElseThrow(() -> new IllegalArgumentException("Unknown category: " + categoryCode));
    Set<String> directions = category.getQolDirectionCodes();
    Predicate<String> matchingDirection = subject -> subject != null && directions.contains(subject);
    List<RatingResult> rows = ratings.findByRatingYearAndRegionCode(ratingYear, regionCode);

    EnumSet<RecommenderKind> recommenders = EnumSet.noneOf(RecommenderKind.class);
    for (RatingResult row : rows) {
      if (row.getIndicator() == RatingIndicator.RECOMMENDATION && row.getSubjectCode() != null) {
        recommenders.add(RecommenderKind.valueOf(row.getSubjectCode()));
      }
    }
    return new RatingFacts(
        regionCode,
        categoryCode,
        ratingYear,
        bestRank(rows, RatingIndicator.INVESTMENT_INTEGRAL, subject -> true),
        bestRank(rows, RatingIndicator.INVESTMENT_GROWTH, subject -> true),
        bestRank(rows, RatingIndicator.QOL_DIRECTION, matchingDirection),
        bestRank(rows, RatingIndicator.QOL_GROWTH, matchingDirection),
        rows.stream().anyMatch(r -> r.getIndicator() == RatingIndicator.ASI_PROJECT
            && Boolean.TRUE.equals(r.getReadyToReplicate())),
        bestRank(rows, RatingIndicator.FORUM_IDEA, subject -> true),
        new ArrayList<>(recommenders));
  }

  private static Integer bestRank(List<RatingResult> rows, RatingIndicator indicator, Predicate<String> subject) {
    return rows.stream()
        .filter(r -> r.getIndicator() == indicator && r.getRank() != null && subject.test(r.getSubjectCode()))
        .map(RatingResult::getRank)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  private Map<String, Integer> categoryOrder() {
    Map<String, Integer> order = new HashMap<>();
    for (PracticeCategory c : categories.findAll()) {
      order.put(c.getCode(), c.getSortOrder());
    }
    return order;
  }

  private static ResponsibleBodyInfo toInfo(ResponsibleBody body, Map<String, Integer> order) {
    List<String> codes = body.getCategoryCodes().stream()
        .sorted(Comparator.comparing((String code) -> order.getOrDefault(code, Integer.MAX_VALUE))
            .thenComparing(Comparator.naturalOrder()))
        .toList();
    return body.toInfo(codes);
  }
}
