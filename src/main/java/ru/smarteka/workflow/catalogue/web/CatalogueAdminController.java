package ru.smarteka.workflow.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.smarteka.workflow.catalogue.CatalogueIndexer;

/** Administrators ({@code /api/admin/**}: {@code camunda-admin}) rebuild the catalogue's read model and index. */
@RestController
@RequestMapping("/api/admin/catalogue/reindex")
@Tag(name = "Каталог", description = "Публичный каталог опубликованных практик: поиск, фильтры, страница практики "
    + "(без входа)")
class CatalogueAdminController {

  private final CatalogueIndexer indexer;

  CatalogueAdminController(CatalogueIndexer indexer) {
    this.indexer = indexer;
  }

  @PostMapping
  @Operation(summary = "Перестроить каталог и поисковый индекс (в фоне; ход — GET того же адреса)")
  ResponseEntity<CatalogueIndexer.RebuildProgress> start() {
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(indexer.startRebuild());
  }

  /** One practice brought in step: whether it is in the catalogue now (published) or not. */
  record OneReindexed(long practiceId, boolean inCatalogue) {
  }

  @PostMapping("/{practiceId}")
  @Operation(summary = "Привести в соответствие запись одной практики в каталоге и индексе (сразу)")
  OneReindexed one(@PathVariable long practiceId) {
    return new OneReindexed(practiceId, indexer.reindex(practiceId));
  }

  @GetMapping
  @Operation(summary = "Ход последнего перестроения каталога")
  CatalogueIndexer.RebuildProgress progress() {
    return indexer.progress();
  }
}
