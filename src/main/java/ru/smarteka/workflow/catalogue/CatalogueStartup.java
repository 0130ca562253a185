package ru.smarteka.workflow.catalogue;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, the catalogue is rebuilt when its read model or its index is not in step with the published practices: a
 * first start after the catalogue came, an index kept in memory, an index directory lost or left behind.
 */
@Component
class CatalogueStartup {

  private final CatalogueIndexer indexer;

  CatalogueStartup(CatalogueIndexer indexer) {
    this.indexer = indexer;
  }

  @EventListener(ApplicationReadyEvent.class)
  void bringInStep() {
    if (!indexer.inStep()) {
      indexer.rebuild();
    }
  }
}
