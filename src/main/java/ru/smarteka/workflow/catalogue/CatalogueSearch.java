package ru.smarteka.workflow.catalogue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.practice.FederalApproval;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PublishedPractice;
import ru.smarteka.workflow.region.RegionInfo;
import ru.smarteka.workflow.replication.ReplicationService;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.NotFoundException;

/**
 * The public catalogue: full-text search in Russian over the published practices (title, problem, solution,
 * results, the author's organisation) with filters, facet counts and highlighted fragments, answered from the search
 * index alone (no query of the database per practice found), and the page of one published practice.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueSearch {

  /** The longest search text accepted. */
  public static final int MAX_TEXT = 200;
  /** The deepest a page may reach: {@code page × size + size} practices. */
  public static final int MAX_WINDOW = 10_000;
  /** The most values of one filter in one query. */
  public static final int MAX_VALUES = 100;

  static final String[] TEXT_FIELDS = {CatalogueEntry.TITLE, CatalogueEntry.PROBLEM, CatalogueEntry.SOLUTION,
      CatalogueEntry.RESULTS, CatalogueEntry.ORGANISATION};

  /** The filters: request parameter, index field. */
  static final Map<String, String> FILTERS = filters();

  /** The approval filter: request parameter and index field; its facet's values are {@code true} and {@code false}. */
  static final String APPROVED = "approved";
  static final String APPROVED_FIELD = "federalApproved";
  private static final AggregationKey<Map<Boolean, Long>> APPROVED_COUNTS = AggregationKey.of(APPROVED);

  private final ReferenceNames names;
  private final PracticeService practices;
  private final Collections collections;
  private final PracticeDocuments documents;
  private final ReplicationService replications;

  @PersistenceContext
  private EntityManager entityManager;

  CatalogueSearch(ReferenceNames names, PracticeService practices, Collections collections,
      PracticeDocuments documents, ReplicationService replications) {
    this.names = names;
    this.practices = practices;
    this.collections = collections;
    this.documents = documents;
    this.replications = replications;
  }

  private static Map<String, String> filters() {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("region", "regionCode");
    filters.put("district", "federalDistrict");
    filters.put("category", "categoryCode");
    filters.put("level", "levelCode");
    filters.put("section", "sections");
    filters.put("direction", "directions");
    filters.put("factor", "factors");
    return filters;
  }

  /**
   * A page of the published practices matching the query, ordered as asked ({@link CatalogueOrder#RELEVANCE} is the
   * publication date when there are no words). Unknown codes, a text too long and a page too deep are refused with
   * the parameter named; a 2021 category code is searched as its 2026 category.
   */
  public CataloguePage search(CatalogueQuery query, CatalogueOrder order, boolean ascending, int page, int size) {
    return search(query, null, order, ascending, page, size);
  }

  /**
   * The same, with the contest filter: only the winners of the contest of that id (the «Смарт Диалог» badge), from
   * the index alone like every filter.
   */
  public CataloguePage search(CatalogueQuery query, Long contest, CatalogueOrder order, boolean ascending, int page,
      int size) {
    ReferenceNames.Snapshot reference = names.current();
    CatalogueQuery checked = check(query, reference, page, size);
    String winners = contest == null ? null : String.valueOf(contest);
    SearchResult<List<?>> result;
    boolean fuzzy = false;
    try {
      result = run(checked, winners, order, ascending, page, size, false);
      if (result.total().hitCount() == 0 && checked.hasText()) {
        result = run(checked, winners, order, ascending, page, size, true);
        fuzzy = true;
      }
    } catch (SearchException | IndexSearcher.TooManyClauses unreadable) {
      // a query the search engine cannot take (too many expansions of a prefix, say): the user's words are at fault
      throw new InvalidInputException("Поисковый запрос не разобран",
          List.of(new FieldMessage("q", "запрос слишком общий или сложный: уточните его")));
    }
    List<CataloguePage.Hit> hits = result.hits().stream().map(row -> hit(row, reference, checked.hasText()))
        .toList();
    Map<String, List<CataloguePage.Facet>> facets = new LinkedHashMap<>();
    for (Map.Entry<String, String> filter : FILTERS.entrySet()) {
      Map<String, Long> counts = result.aggregation(AggregationKey.of(filter.getKey()));
      facets.put(filter.getKey(), facets(filter.getKey(), counts, reference));
    }
    facets.put(APPROVED, approvedFacets(result.aggregation(APPROVED_COUNTS)));
    long total = result.total().hitCount();
    return new CataloguePage(hits, new CataloguePage.PageMetadata(size, page, total, (total + size - 1) / size),
        facets, fuzzy);
  }

  /**
   * The practice page: the published passport (the editor's edition), names for its codes, its public documents, the
   * regions replicating it, similar practices, its collections.
   */
  public CataloguePracticeView practice(long id) {
    PublishedPractice p = practices.published(id)
        .orElseThrow(() -> new NotFoundException("Практика " + id + " не найдена в каталоге"));
    ReferenceNames.Snapshot reference = names.current();
    RegionInfo region = reference.regions().get(p.regionCode());
    return new CataloguePracticeView(p.id(), p.title(), p.regionCode(), region == null ? null : region.name(),
        region == null ? null : region.federalDistrict(), p.categoryCode(),
        reference.categories().get(p.categoryCode()), p.levelCode(), reference.levels().get(p.levelCode()),
        p.organisation(), p.problem(), p.solution(), p.resources(), p.results(), p.effect(), p.targetAudience(),
        p.coverage(), p.algorithm(), p.authorTeam(), named(p.qolDirections(), reference.directions()),
        named(p.investmentFactors(), reference.factors()), named(p.catalogueSections(), reference.sections()),
        p.replicationCount(), p.publishedAt(), similar(p, reference), collections.containing(p.id()),
        p.federalApproval(), p.contestAward(), publicDocuments(p.id()), replicating(p.id(), reference));
  }

  /** The documents an editor or moderator made public, each with its public download address. */
  private List<CataloguePracticeView.Document> publicDocuments(long practiceId) {
    return documents.publicDocuments(practiceId).stream().map(d -> new CataloguePracticeView.Document(d.id(),
        d.fileName(), d.contentType(), d.sizeBytes(), d.uploadedAt(),
        "/api/catalogue/" + practiceId + "/documents/" + d.id())).toList();
  }

  /** The regions replicating the practice, named from the reference list held in memory (no query per region). */
  private List<CataloguePracticeView.Replication> replicating(long practiceId, ReferenceNames.Snapshot reference) {
    return replications.replicatingRegions(practiceId).stream().map(r -> {
      RegionInfo region = reference.regions().get(r.regionCode());
      return new CataloguePracticeView.Replication(r.regionCode(), region == null ? null : region.name(),
          r.status(), r.statusLabel(), r.requestedAt());
    }).toList();
  }

  /**
   * A public document of a published practice to download without a login; a document not public, of another
   * practice, or of a practice not published is not found.
   */
  public PracticeDocuments.StoredDocument publicDocument(long practiceId, long documentId) {
    return documents.publicDownload(practiceId, documentId);
  }

  /** Up to four published practices of the same category, those sharing its QoL directions first. */
  private List<CatalogueHitSummary> similar(PublishedPractice p, ReferenceNames.Snapshot reference) {
    if (p.categoryCode() == null) {
      return List.of();
    }
    SearchSession session = Search.session(entityManager);
    return session.search(CatalogueEntry.class)
        .select(f -> f.composite().from(f.id(Long.class), f.field(CatalogueEntry.TITLE, String.class),
            f.field("regionCode", String.class)).asList())
        .where(f -> f.bool().with(b -> {
          b.must(f.match().field("categoryCode").matching(p.categoryCode()));
          b.mustNot(f.id().matching(p.id()));
          if (!p.qolDirections().isEmpty()) {
            b.should(f.terms().field("directions").matchingAny(p.qolDirections()));
          }
        }))
        .sort(f -> f.score().then().field("publishedAt").desc())
        .fetchHits(4).stream()
        .map(row -> {
          RegionInfo region = reference.regions().get((String) row.get(2));
          return new CatalogueHitSummary((Long) row.get(0), (String) row.get(1), (String) row.get(2),
              region == null ? null : region.name());
        })
        .toList();
  }

  private SearchResult<List<?>> run(CatalogueQuery query, String winners, CatalogueOrder order,
      boolean ascending, int page, int size, boolean fuzzy) {
    SearchSession session = Search.session(entityManager);
    var select = session.search(CatalogueEntry.class).select(f -> {
      List<SearchProjection<?>> columns = new ArrayList<>();
      columns.add(f.id(Long.class).toProjection());
      columns.add(f.field(CatalogueEntry.TITLE, String.class).toProjection());
      columns.add(f.field("regionCode", String.class).toProjection());
      columns.add(f.field("federalDistrict", String.class).toProjection());
      columns.add(f.field("categoryCode", String.class).toProjection());
      columns.add(f.field("levelCode", String.class).toProjection());
      columns.add(f.field(CatalogueEntry.ORGANISATION, String.class).toProjection());
      columns.add(f.field("sections", String.class).multi().toProjection());
      columns.add(f.field("directions", String.class).multi().toProjection());
      columns.add(f.field("factors", String.class).multi().toProjection());
      columns.add(f.field("replicationCount", Integer.class).toProjection());
      columns.add(f.field("publishedAt", Instant.class).toProjection());
      columns.add(f.field(APPROVED_FIELD, Boolean.class).toProjection());
      columns.add(f.field("contestBadge", String.class).toProjection());
      if (query.hasText()) {
        for (String field : TEXT_FIELDS) {
          columns.add(f.highlight(field).toProjection());
        }
      }
      return f.composite().from(columns.toArray(SearchProjection<?>[]::new)).asList();
    });
    var where = select.where((SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root) -> {
      root.add(f.matchAll());
      if (query.hasText()) {
        if (fuzzy) {
          root.add(f.match().field(CatalogueEntry.TITLE).boost(3f).fields(CatalogueEntry.PROBLEM,
                  CatalogueEntry.SOLUTION, CatalogueEntry.RESULTS, CatalogueEntry.ORGANISATION)
              .matching(query.text()).fuzzy(2).minimumShouldMatchPercent(100));
        } else {
          root.add(f.simpleQueryString().field(CatalogueEntry.TITLE).boost(3f).fields(CatalogueEntry.PROBLEM,
                  CatalogueEntry.SOLUTION, CatalogueEntry.RESULTS, CatalogueEntry.ORGANISATION)
              .matching(query.text()).defaultOperator(BooleanOperator.AND)
              // quotes, +, |, -, a trailing * and brackets as people type them; typos are the fuzzy retry's
              .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
                  SimpleQueryFlag.PREFIX, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE));
        }
      }
      filter(f, root, "regionCode", query.regions());
      filter(f, root, "federalDistrict", query.districts());
      filter(f, root, "categoryCode", query.categories());
      filter(f, root, "levelCode", query.levels());
      filter(f, root, "sections", query.sections());
      filter(f, root, "directions", query.directions());
      filter(f, root, "factors", query.factors());
      if (query.approved() != null) {
        root.add(f.match().field(APPROVED_FIELD).matching(query.approved()));
      }
      if (winners != null) {
        root.add(f.match().field("contestId").matching(winners));
      }
    });
    var sorted = where.sort(f -> switch (order == CatalogueOrder.RELEVANCE && !query.hasText()
        ? CatalogueOrder.PUBLISHED : order) {
      case RELEVANCE -> f.score().then().field("publishedAt").desc();
      case PUBLISHED -> ascending ? f.field("publishedAt").asc() : f.field("publishedAt").desc();
      case REPLICATIONS -> (ascending ? f.field("replicationCount").asc() : f.field("replicationCount").desc())
          .then().field("publishedAt").desc();
    });
    for (Map.Entry<String, String> filter : FILTERS.entrySet()) {
      sorted = sorted.aggregation(AggregationKey.<Map<String, Long>>of(filter.getKey()),
          f -> f.terms().field(filter.getValue(), String.class).maxTermCount(MAX_VALUES));
    }
    sorted = sorted.aggregation(APPROVED_COUNTS, f -> f.terms().field(APPROVED_FIELD, Boolean.class));
    if (query.hasText()) {
      sorted = sorted.highlighter(f -> f.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
          .fragmentSize(160).numberOfFragments(2));
    }
    return sorted.fetch(page * size, size);
  }

  private static void filter(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root, String field,
      List<String> values) {
    if (!values.isEmpty()) {
      root.add(f.terms().field(field).matchingAny(values));
    }
  }

  @SuppressWarnings("unchecked")
  private static CataloguePage.Hit hit(List<?> row, ReferenceNames.Snapshot reference, boolean highlighted) {
    RegionInfo region = reference.regions().get((String) row.get(2));
    Map<String, List<String>> highlights = new LinkedHashMap<>();
    if (highlighted) {
      for (int i = 0; i < TEXT_FIELDS.length; i++) {
        List<String> fragments = (List<String>) row.get(14 + i);
        if (fragments != null && !fragments.isEmpty()) {
          highlights.put(TEXT_FIELDS[i], fragments);
        }
      }
    }
    Integer replications = (Integer) row.get(10);
    return new CataloguePage.Hit((Long) row.get(0), (String) row.get(1), (String) row.get(2),
        region == null ? null : region.name(), (String) row.get(3), (String) row.get(4),
        reference.categories().get((String) row.get(4)), (String) row.get(5), reference.levels().get((String) row.get(5)),
        (String) row.get(6), new LinkedHashSet<>((List<String>) row.get(7)),
        new LinkedHashSet<>((List<String>) row.get(8)), new LinkedHashSet<>((List<String>) row.get(9)),
        replications == null ? 0 : replications, (Instant) row.get(11), Boolean.TRUE.equals(row.get(12)),
        highlights, (String) row.get(13));
  }

  private static List<CataloguePage.Facet> facets(String filter, Map<String, Long> counts,
      ReferenceNames.Snapshot reference) {
    Map<String, String> known = switch (filter) {
      case "region" -> regionNames(reference);
      case "district" -> reference.districts();
      case "category" -> reference.categories();
      case "level" -> reference.levels();
      case "section" -> reference.sections();
      case "direction" -> reference.directions();
      case "factor" -> reference.factors();
      default -> Map.of();
    };
    List<CataloguePage.Facet> facets = new ArrayList<>();
    // in the order of the reference list, so a portal shows them as its forms do
    for (Map.Entry<String, String> entry : known.entrySet()) {
      Long count = counts.get(entry.getKey());
      if (count != null && count > 0) {
        facets.add(new CataloguePage.Facet(entry.getKey(), entry.getValue(), count));
      }
    }
    return facets;
  }

  /** The approval facet: approved first, then not approved; a value no practice found has is left out. */
  private static List<CataloguePage.Facet> approvedFacets(Map<Boolean, Long> counts) {
    List<CataloguePage.Facet> facets = new ArrayList<>();
    long approved = counts.getOrDefault(Boolean.TRUE, 0L);
    long other = counts.getOrDefault(Boolean.FALSE, 0L);
    if (approved > 0) {
      facets.add(new CataloguePage.Facet("true", FederalApproval.APPROVED, approved));
    }
    if (other > 0) {
      facets.add(new CataloguePage.Facet("false", "Без одобрения к массовому тиражированию", other));
    }
    return facets;
  }

  private static Map<String, String> regionNames(ReferenceNames.Snapshot reference) {
    Map<String, String> names = new LinkedHashMap<>();
    reference.regions().forEach((code, region) -> names.put(code, region.name()));
    return names;
  }

  private static List<CatalogueItem> named(Set<String> codes, Map<String, String> names) {
    List<CatalogueItem> items = new ArrayList<>();
    // in the order of the reference list
    names.forEach((code, name) -> {
      if (codes.contains(code)) {
        items.add(new CatalogueItem(code, name));
      }
    });
    return items;
  }

  private static CatalogueQuery check(CatalogueQuery query, ReferenceNames.Snapshot reference, int page, int size) {
    List<FieldMessage> errors = new ArrayList<>();
    if (query.text() != null && query.text().length() > MAX_TEXT) {
      errors.add(new FieldMessage("q", "не длиннее " + MAX_TEXT + " символов"));
    }
    if ((long) page * size + size > MAX_WINDOW) {
      errors.add(new FieldMessage("page", "каталог листается до " + MAX_WINDOW
          + "-й практики: уточните запрос или фильтры"));
    }
    known(errors, "region", query.regions(), reference.regions().keySet(), "нет субъекта РФ с кодом ");
    known(errors, "district", query.districts(), reference.districts().keySet(), "нет федерального округа ");
    List<String> categories = new ArrayList<>();
    for (String code : query.categories()) {
      String category = reference.category(code);
      if (category == null) {
        errors.add(new FieldMessage("category", "нет категории " + code + " (ни в списке 2026 года, ни в списке 2021)"));
      } else if (!categories.contains(category)) {
        categories.add(category);
      }
    }
    known(errors, "level", query.levels(), reference.levels().keySet(), "нет уровня практики ");
    known(errors, "section", query.sections(), reference.sections().keySet(), "нет раздела каталога ");
    known(errors, "direction", query.directions(), reference.directions().keySet(),
        "нет направления Рейтинга качества жизни ");
    known(errors, "factor", query.factors(), reference.factors().keySet(), "нет фактора Национального рейтинга ");
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Неверные параметры поиска по каталогу", errors);
    }
    return new CatalogueQuery(query.text() == null ? null : query.text().strip(), query.regions(),
        query.districts(), categories, query.levels(), query.sections(), query.directions(), query.factors(),
        query.approved());
  }

  private static void known(List<FieldMessage> errors, String parameter, List<String> values, Set<String> known,
      String unknown) {
    if (values.size() > MAX_VALUES) {
      errors.add(new FieldMessage(parameter, "не больше " + MAX_VALUES + " значений"));
      return;
    }
    for (String value : values) {
      if (!known.contains(value)) {
        errors.add(new FieldMessage(parameter, unknown + value));
        return;
      }
    }
  }

}
