package ru.smarteka.workflow.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.smarteka.workflow.catalogue.CatalogueOrder;
import ru.smarteka.workflow.catalogue.CataloguePage;
import ru.smarteka.workflow.catalogue.CataloguePracticeView;
import ru.smarteka.workflow.catalogue.CatalogueQuery;
import ru.smarteka.workflow.catalogue.CatalogueSearch;
import ru.smarteka.workflow.catalogue.CollectionView;
import ru.smarteka.workflow.catalogue.Collections;
import ru.smarteka.workflow.practice.DocumentView;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.system.ETags;
import ru.smarteka.workflow.system.SortableBy;

/**
 * The public catalogue (no login, GET only): search with filters and facets, the page of a published practice, the
 * published collections.
 * Nothing that is not published is found here, not even by its id.
 */
@RestController
@RequestMapping("/api/catalogue")
@Tag(name = "Каталог", description = "Публичный каталог опубликованных практик: поиск, фильтры, страница практики "
    + "(без входа)")
class CatalogueController {

  static final Duration MAX_AGE = Duration.ofMinutes(1);

  private final CatalogueSearch catalogue;
  private final Collections collections;
  private final Cacheable cacheable;

  CatalogueController(CatalogueSearch catalogue, Collections collections, Cacheable cacheable) {
    this.catalogue = catalogue;
    this.collections = collections;
    this.cacheable = cacheable;
  }

  @GetMapping
  @Operation(summary = "Найти опубликованные практики: слова (с морфологией), фильтры, счётчики по фильтрам",
      description = "sort: relevance (по умолчанию при поиске по словам), published (по умолчанию без слов; "
          + "новые первыми, published,asc — старые), replications (больше тиражирований первыми); size от 1 до 100; "
          + "листается до 10 000-й практики. Коды категорий 2021 года принимаются как их категории 2026 года. "
          + "approved=true — только одобренные к массовому тиражированию, false — только не одобренные.")
  ResponseEntity<CataloguePage> search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) List<String> region,
      @RequestParam(required = false) List<String> district,
      @RequestParam(required = false) List<String> category,
      @RequestParam(required = false) List<String> level,
      @RequestParam(required = false) List<String> section,
      @RequestParam(required = false) List<String> direction,
      @RequestParam(required = false) List<String> factor,
      @RequestParam(required = false) Boolean approved,
      @io.swagger.v3.oas.annotations.Parameter(description = "Номер конкурса: только его победители (знак конкурса "
          + "«Смарт Диалог»)") @RequestParam(required = false) Long contest,
      @SortableBy({"relevance", "published", "replications"}) @PageableDefault(size = 20) Pageable pageable,
      HttpServletRequest request) {
    CatalogueQuery query = new CatalogueQuery(q, orEmpty(region), orEmpty(district), orEmpty(category),
        orEmpty(level), orEmpty(section), orEmpty(direction), orEmpty(factor), approved);
    Sort.Order order = pageable.getSort().stream().findFirst().orElse(null);
    CatalogueOrder by = order == null ? CatalogueOrder.RELEVANCE : CatalogueOrder.ofParameter(order.getProperty());
    // «published» alone means the newest first; only an explicit «,asc» turns it round
    String sort = request.getParameter("sort");
    boolean ascending = sort != null && sort.toLowerCase(java.util.Locale.ROOT).endsWith(",asc");
    return cacheable.publicly(catalogue.search(query, contest, by, ascending, pageable.getPageNumber(),
        pageable.getPageSize()), MAX_AGE);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Страница опубликованной практики: паспорт в редакции АСИ, разделы, открытые документы, "
      + "регионы, которые её тиражируют, похожие практики")
  ResponseEntity<CataloguePracticeView> practice(@PathVariable long id) {
    return cacheable.publicly(catalogue.practice(id), MAX_AGE);
  }

  @GetMapping("/{id}/documents/{documentId}")
  @Operation(summary = "Скачать открытый документ опубликованной практики (без входа)",
      description = "Только документы, открытые редактором или модератором АСИ, и только пока практика опубликована; "
          + "любой другой — 404.")
  ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
    PracticeDocuments.StoredDocument document = catalogue.publicDocument(id, documentId);
    DocumentView meta = document.metadata();
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
        .contentType(MediaType.parseMediaType(meta.contentType()))
        .contentLength(meta.sizeBytes())
        .eTag(ETags.of(meta.sha256()))
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(meta.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(document.content());
  }

  @GetMapping("/collections")
  @Operation(summary = "Опубликованные подборки практик по порядку, с их практиками")
  ResponseEntity<List<CollectionView.Public>> collections() {
    return cacheable.publicly(collections.published(), MAX_AGE);
  }

  @GetMapping("/collections/{id}")
  @Operation(summary = "Опубликованная подборка с её практиками по порядку")
  ResponseEntity<CollectionView.Public> collection(@PathVariable long id) {
    return cacheable.publicly(collections.published(id), MAX_AGE);
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
  }
}
