package ru.smarteka.workflow.region;

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports reference CSV files atomically: every row is validated first, and one bad row rejects the whole file with
 * a {@link ReferenceImportException} listing the bad rows (at most {@value #MAX_ERRORS}); nothing is written then.
 *
 * <p>Format (see {@code src/main/resources/reference/README.md}): UTF-8, {@code ;}-separated, a header line naming
 * the columns (any order; optional columns may be left out), one record per line, blank lines ignored.
 *
 * <p><b>ratings</b> — {@code year;indicator;region;subject;rank;ready_to_replicate;note}. The file replaces all rows of
 * every (year, indicator) pair it contains; pairs it does not contain stay as they are.
 * <ul>
 *   <li>{@code year}: rating year, 2000 … next year;</li>
 *   <li>{@code indicator}: one of {@link RatingIndicator};</li>
 *   <li>{@code region}: two-digit region code ({@code 28}; {@code 1} is read as {@code 01});</li>
 *   <li>{@code subject}: an investment factor code for {@code INVESTMENT_GROWTH}, a QoL direction code for
 *       {@code QOL_DIRECTION} and {@code QOL_GROWTH}, a {@link RecommenderKind} for {@code RECOMMENDATION}, empty
 *       otherwise;</li>
 *   <li>{@code rank}: positive place; required except for {@code ASI_PROJECT} and {@code RECOMMENDATION}, where it
 *       is optional;</li>
 *   <li>{@code ready_to_replicate}: {@code true}/{@code false} (also {@code да}/{@code нет}, {@code 1}/{@code 0}),
 *       required for {@code ASI_PROJECT}, empty otherwise;</li>
 *   <li>{@code note}: up to 1000 characters: idea title, project name, recommender's name.</li>
 * </ul>
 * A region may appear once per (year, indicator, subject) for ranked ratings ({@code INVESTMENT_*}, {@code QOL_*}).
 *
 * <p><b>responsible-bodies</b> — {@code region;body;categories;coordinator}. The file replaces all bodies of every
 * region it contains. {@code categories} are {@code |}-separated category codes ({@code HEALTHCARE|EDUCATION}),
 * {@code coordinator} is {@code true}/{@code false} (empty = false), at most one coordinator per region, each body
 * once per region, body names up to 500 characters.
 *
 * <p><b>federal-reviewers</b> — {@code kind;code;name;categories}: the federal executive bodies
 * ({@code FEDERAL_BODY}) and State Council commissions ({@code STATE_COUNCIL_COMMISSION}) that review practices for
 * mass replication. {@code code} is lower-case latin letters, digits and hyphens (it names the group
 * {@code federal-body-<code>} / {@code state-council-commission-<code>}), each code once; {@code categories} as for
 * the responsible bodies. A reviewer in the file is added or replaced (its name, kind and categories); reviewers not
 * in the file stay, as rounds refer to them.
 */
@Service
public class ReferenceImportService {

  static final int MAX_ERRORS = 100;
  private static final int MIN_YEAR = 2000;
  private static final int MAX_NOTE = 1000;
  private static final int MAX_BODY_NAME = 500;

  private static final Logger log = LoggerFactory.getLogger(ReferenceImportService.class);

  private final RegionRepository regions;
  private final PracticeCategoryRepository categories;
  private final QolDirectionRepository qolDirections;
  private final InvestmentFactorRepository investmentFactors;
  private final RatingResultRepository ratings;
  private final ResponsibleBodyRepository bodies;
  private final LegacyCategoryRepository legacyCategories;
  private final FederalReviewerRepository federalReviewers;

  ReferenceImportService(RegionRepository regions, PracticeCategoryRepository categories,
      QolDirectionRepository qolDirections, InvestmentFactorRepository investmentFactors,
      RatingResultRepository ratings, ResponsibleBodyRepository bodies, LegacyCategoryRepository legacyCategories,
      FederalReviewerRepository federalReviewers) {
    this.federalReviewers = federalReviewers;
    this.legacyCategories = legacyCategories;
    this.regions = regions;
    this.categories = categories;
    this.qolDirections = qolDirections;
    this.investmentFactors = investmentFactors;
    this.ratings = ratings;
    this.bodies = bodies;
  }

  /**
   * Imports a file of the dataset.
   *
   * @throws ReferenceImportException when any row is invalid; nothing is written then
   */
  @Transactional
  public ImportResult importCsv(ReferenceDataset dataset, byte[] content) {
    CsvFile file = CsvFile.parse(content, dataset);
    ImportResult result = switch (dataset) {
      case RATINGS -> importRatings(file);
      case RESPONSIBLE_BODIES -> importResponsibleBodies(file);
      case FEDERAL_REVIEWERS -> importFederalReviewers(file);
    };
    log.info("Imported {} rows of {}, replaced {}", result.rowsImported(), dataset.id(),
        result.yearsOrRegionsReplaced());
    return result;
  }

  // --- ratings

  private ImportResult importRatings(CsvFile file) {
    Set<String> regionCodes = regionCodes();
    Set<String> directionCodes = codes(qolDirections.findAll().stream().map(QolDirection::getCode).toList());
    Set<String> factorCodes = codes(investmentFactors.findAll().stream().map(InvestmentFactor::getCode).toList());
    int maxYear = Year.now().getValue() + 1;

    Errors errors = new Errors();
    List<RatingResult> parsed = new ArrayList<>();
    Map<String, Integer> rankedKeys = new HashMap<>();
    for (CsvFile.Row row : file.rows()) {
      int before = errors.size();
      Integer year = integer(row, "year", errors);
      if (year != null && (year < MIN_YEAR || year > maxYear)) {
        errors.add(row, "year", "Год рейтинга должен быть от " + MIN_YEAR + " до " + maxYear);
      }
      RatingIndicator indicator = null;
      String indicatorText = upper(row.get("indicator"));
      if (indicatorText.isEmpty()) {
        errors.add(row, "indicator", "Показатель не указан");
      } else {
        try {
          indicator = RatingIndicator.valueOf(indicatorText);
        } catch (IllegalArgumentException e) {
          errors.add(row, "indicator", "Неизвестный показатель «" + row.get("indicator") + "»; допустимы: "
              + Arrays.stream(RatingIndicator.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
      }
      String region = region(row, regionCodes, errors);
      String subject = upper(row.get("subject"));
      Integer rank = integer(row, "rank", errors);
      if (rank != null && rank <= 0) {
        errors.add(row, "rank", "Место должно быть положительным числом");
      }
      Boolean ready = bool(row, "ready_to_replicate", errors);
      String note = row.get("note");
      if (note.length() > MAX_NOTE) {
        errors.add(row, "note", "Примечание длиннее " + MAX_NOTE + " символов");
      }
      if (indicator != null) {
        checkSubject(row, indicator, subject, directionCodes, factorCodes, errors);
        if (indicator.requiresRank() && rank == null && row.get("rank").isEmpty()) {
          errors.add(row, "rank", "Для показателя " + indicator + " нужно место (rank)");
        }
        if (indicator == RatingIndicator.ASI_PROJECT && ready == null && row.get("ready_to_replicate").isEmpty()) {
          errors.add(row, "ready_to_replicate", "Для ASI_PROJECT нужно указать true или false");
        }
        if (indicator != RatingIndicator.ASI_PROJECT && !row.get("ready_to_replicate").isEmpty()) {
          errors.add(row, "ready_to_replicate", "Заполняется только для ASI_PROJECT");
        }
      }
      if (errors.size() > before) {
        continue;
      }
      if (isRankedRating(indicator)) {
        String key = year + "|" + indicator + "|" + region + "|" + subject;
        Integer firstLine = rankedKeys.putIfAbsent(key, row.line());
        if (firstLine != null) {
          errors.add(row, "region", "Регион уже указан для этого года, показателя и предмета в строке " + firstLine);
          continue;
        }
      }
      parsed.add(new RatingResult(year, indicator, region, subject.isEmpty() ? null : subject, rank,
          indicator == RatingIndicator.ASI_PROJECT ? ready : null, note.isEmpty() ? null : note));
    }
    errors.throwIfAny(ReferenceDataset.RATINGS);

    Map<String, List<RatingResult>> byPair = new LinkedHashMap<>();
    for (RatingResult r : parsed) {
      byPair.computeIfAbsent(r.getRatingYear() + " " + r.getIndicator(), k -> new ArrayList<>()).add(r);
    }
    for (List<RatingResult> pair : byPair.values()) {
      RatingResult first = pair.get(0);
      ratings.deleteByYearAndIndicator(first.getRatingYear(), first.getIndicator());
    }
    ratings.saveAll(parsed);
    return new ImportResult(ReferenceDataset.RATINGS.id(), parsed.size(), new ArrayList<>(new TreeSet<>(byPair.keySet())));
  }

  private static boolean isRankedRating(RatingIndicator indicator) {
    return switch (indicator) {
      case INVESTMENT_INTEGRAL, INVESTMENT_GROWTH, QOL_DIRECTION, QOL_GROWTH -> true;
      case ASI_PROJECT, FORUM_IDEA, RECOMMENDATION -> false;
    };
  }

  private static void checkSubject(CsvFile.Row row, RatingIndicator indicator, String subject,
      Set<String> directionCodes, Set<String> factorCodes, Errors errors) {
    switch (indicator) {
      case INVESTMENT_GROWTH -> requireSubject(row, subject, factorCodes, "фактор инвестиционного рейтинга", errors);
      case QOL_DIRECTION, QOL_GROWTH ->
          requireSubject(row, subject, directionCodes, "направление рейтинга качества жизни", errors);
      case RECOMMENDATION -> requireSubject(row, subject,
          codes(Arrays.stream(RecommenderKind.values()).map(Enum::name).toList()), "вид рекомендателя", errors);
      case INVESTMENT_INTEGRAL, ASI_PROJECT, FORUM_IDEA -> {
        if (!subject.isEmpty()) {
          errors.add(row, "subject", "Для показателя " + indicator + " предмет не указывается");
        }
      }
    }
  }

  private static void requireSubject(CsvFile.Row row, String subject, Set<String> allowed, String what,
      Errors errors) {
    if (subject.isEmpty()) {
      errors.add(row, "subject", "Нужно указать " + what + ": " + String.join(", ", new TreeSet<>(allowed)));
    } else if (!allowed.contains(subject)) {
      errors.add(row, "subject", "Неизвестный код «" + row.get("subject") + "», нужно " + what + ": "
          + String.join(", ", new TreeSet<>(allowed)));
    }
  }

  // --- responsible bodies

  private ImportResult importResponsibleBodies(CsvFile file) {
    Set<String> regionCodes = regionCodes();
    Set<String> categoryCodes = codes(categories.findAll().stream().map(PracticeCategory::getCode).toList());
    Map<String, String> legacyCodes = new HashMap<>();
    legacyCategories.findAll().forEach(l -> legacyCodes.put(l.getCode(), l.getCategoryCode()));

    Errors errors = new Errors();
    List<ResponsibleBody> parsed = new ArrayList<>();
    Map<String, Integer> bodyLines = new HashMap<>();
    Map<String, Integer> coordinatorLines = new HashMap<>();
    for (CsvFile.Row row : file.rows()) {
      int before = errors.size();
      String region = region(row, regionCodes, errors);
      String name = row.get("body").replaceAll("\\s+", " ");
      if (name.isEmpty()) {
        errors.add(row, "body", "Наименование органа не указано");
      } else if (name.length() > MAX_BODY_NAME) {
        errors.add(row, "body", "Наименование длиннее " + MAX_BODY_NAME + " символов");
      }
      Set<String> bodyCategories = new LinkedHashSet<>();
      if (row.get("categories").isEmpty()) {
        errors.add(row, "categories", "Нужна хотя бы одна категория");
      }
      for (String part : row.get("categories").split("\\|")) {
        String code = upper(part);
        if (code.isEmpty()) {
          continue;
        }
        if (categoryCodes.contains(code)) {
          bodyCategories.add(code);
        } else if (legacyCodes.containsKey(code)) {
          // a code of the 2021 list (decree 188) stands for the 2026 category it maps onto
          bodyCategories.add(legacyCodes.get(code));
        } else {
          errors.add(row, "categories", "Неизвестная категория «" + part.trim() + "»; допустимы: "
              + String.join(", ", new TreeSet<>(categoryCodes)) + " и коды 2021 года: "
              + String.join(", ", new TreeSet<>(legacyCodes.keySet())));
        }
      }
      Boolean coordinator = bool(row, "coordinator", errors);
      if (errors.size() > before) {
        continue;
      }
      Integer firstLine = bodyLines.putIfAbsent(region + "|" + name.toLowerCase(Locale.ROOT), row.line());
      if (firstLine != null) {
        errors.add(row, "body", "Орган уже указан для региона в строке " + firstLine);
        continue;
      }
      if (Boolean.TRUE.equals(coordinator)) {
        Integer coordinatorLine = coordinatorLines.putIfAbsent(region, row.line());
        if (coordinatorLine != null) {
          errors.add(row, "coordinator", "Координирующий орган региона уже указан в строке " + coordinatorLine);
          continue;
        }
      }
      parsed.add(new ResponsibleBody(region, name, Boolean.TRUE.equals(coordinator), bodyCategories));
    }
    errors.throwIfAny(ReferenceDataset.RESPONSIBLE_BODIES);

    Set<String> replaced = new TreeSet<>();
    parsed.forEach(b -> replaced.add(b.getRegionCode()));
    bodies.deleteAll(bodies.findByRegionCodeIn(replaced));
    bodies.flush();
    bodies.saveAll(parsed);
    return new ImportResult(ReferenceDataset.RESPONSIBLE_BODIES.id(), parsed.size(), new ArrayList<>(replaced));
  }

  // --- federal reviewers

  private static final java.util.regex.Pattern REVIEWER_CODE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  private ImportResult importFederalReviewers(CsvFile file) {
    Set<String> categoryCodes = codes(categories.findAll().stream().map(PracticeCategory::getCode).toList());
    Map<String, String> legacyCodes = new HashMap<>();
    legacyCategories.findAll().forEach(l -> legacyCodes.put(l.getCode(), l.getCategoryCode()));
    Errors errors = new Errors();
    List<FederalReviewer> parsed = new ArrayList<>();
    Map<String, Integer> codeLines = new HashMap<>();
    for (CsvFile.Row row : file.rows()) {
      int before = errors.size();
      FederalReviewerKind kind = null;
      try {
        kind = FederalReviewerKind.valueOf(upper(row.get("kind")));
      } catch (IllegalArgumentException e) {
        errors.add(row, "kind", "Вид органа «" + row.get("kind") + "» неизвестен; допустимы: FEDERAL_BODY, "
            + "STATE_COUNCIL_COMMISSION");
      }
      String code = row.get("code").trim().toLowerCase(Locale.ROOT);
      if (!REVIEWER_CODE.matcher(code).matches()) {
        errors.add(row, "code", "Код — латинские буквы, цифры и дефис, до 40 символов");
      }
      String name = row.get("name").replaceAll("\\s+", " ");
      if (name.isEmpty()) {
        errors.add(row, "name", "Наименование не указано");
      } else if (name.length() > MAX_BODY_NAME) {
        errors.add(row, "name", "Наименование длиннее " + MAX_BODY_NAME + " символов");
      }
      Set<String> reviewed = new LinkedHashSet<>();
      if (row.get("categories").isEmpty()) {
        errors.add(row, "categories", "Нужна хотя бы одна категория");
      }
      for (String part : row.get("categories").split("\\|")) {
        String category = upper(part);
        if (category.isEmpty()) {
          continue;
        }
        if (categoryCodes.contains(category)) {
          reviewed.add(category);
        } else if (legacyCodes.containsKey(category)) {
          reviewed.add(legacyCodes.get(category));
        } else {
          errors.add(row, "categories", "Неизвестная категория «" + part.trim() + "»; допустимы: "
              + String.join(", ", new TreeSet<>(categoryCodes)));
        }
      }
      if (errors.size() > before) {
        continue;
      }
      Integer firstLine = codeLines.putIfAbsent(code, row.line());
      if (firstLine != null) {
        errors.add(row, "code", "Код уже указан в строке " + firstLine);
        continue;
      }
      parsed.add(new FederalReviewer(code, kind, name, 0, reviewed));
    }
    errors.throwIfAny(ReferenceDataset.FEDERAL_REVIEWERS);

    Map<String, FederalReviewer> existing = new HashMap<>();
    federalReviewers.findAllWithCategories().forEach(r -> existing.put(r.getCode(), r));
    int next = existing.values().stream().mapToInt(FederalReviewer::getSortOrder).max().orElse(0);
    List<String> replaced = new ArrayList<>();
    for (FederalReviewer reviewer : parsed) {
      FederalReviewer current = existing.get(reviewer.getCode());
      if (current == null) {
        reviewer.setSortOrder(++next);
        federalReviewers.save(reviewer);
      } else {
        current.replaceWith(reviewer);
        replaced.add(reviewer.getCode());
      }
    }
    return new ImportResult(ReferenceDataset.FEDERAL_REVIEWERS.id(), parsed.size(), replaced);
  }

  // --- fields

  private Set<String> regionCodes() {
    return codes(regions.findAll().stream().map(Region::getCode).toList());
  }

  private static Set<String> codes(List<String> codes) {
    return new HashSet<>(codes);
  }

  private static String upper(String value) {
    return value.trim().toUpperCase(Locale.ROOT);
  }

  private static String region(CsvFile.Row row, Set<String> regionCodes, Errors errors) {
    String code = row.get("region");
    if (code.matches("\\d")) {
      code = "0" + code;
    }
    if (code.isEmpty()) {
      errors.add(row, "region", "Код региона не указан");
    } else if (!regionCodes.contains(code)) {
      errors.add(row, "region", "Неизвестный код региона «" + row.get("region") + "»");
    }
    return code;
  }

  private static Integer integer(CsvFile.Row row, String column, Errors errors) {
    String value = row.get(column);
    if (value.isEmpty()) {
      if (column.equals("year")) {
        errors.add(row, column, "Год не указан");
      }
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      errors.add(row, column, "Не целое число: «" + value + "»");
      return null;
    }
  }

  private static Boolean bool(CsvFile.Row row, String column, Errors errors) {
    String value = row.get(column).toLowerCase(Locale.ROOT);
    return switch (value) {
      case "" -> null;
      case "true", "да", "1", "yes" -> Boolean.TRUE;
      case "false", "нет", "0", "no" -> Boolean.FALSE;
      default -> {
        errors.add(row, column, "Ожидается true или false: «" + row.get(column) + "»");
        yield null;
      }
    };
  }

  /** Collects the errors of a file, at most {@link #MAX_ERRORS}. */
  private static final class Errors {

    private final List<ImportError> list = new ArrayList<>();
    private int count;

    void add(CsvFile.Row row, String field, String message) {
      count++;
      if (list.size() < MAX_ERRORS) {
        list.add(new ImportError(row.line(), field, message));
      }
    }

    int size() {
      return count;
    }

    void throwIfAny(ReferenceDataset dataset) {
      if (count > 0) {
        throw new ReferenceImportException(dataset.id(), list);
      }
    }
  }
}
