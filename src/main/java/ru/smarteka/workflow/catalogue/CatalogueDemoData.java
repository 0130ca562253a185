package ru.smarteka.workflow.catalogue;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.Groups;

/**
 * Demo profile only, after the demo practices (which publish one): a published collection of the healthcare
 * practices in the catalogue, composed by the demo editor, so a newcomer sees a collection on a practice's page.
 * Once: nothing is done when any collection exists.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "smarteka.demo.practices", havingValue = "true", matchIfMissing = true)
@Order(400)
class CatalogueDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CatalogueDemoData.class);

  private final Collections collections;
  private final CollectionRepository collectionRepository;
  private final CatalogueEntryRepository entries;

  CatalogueDemoData(Collections collections, CollectionRepository collectionRepository,
      CatalogueEntryRepository entries) {
    this.collections = collections;
    this.collectionRepository = collectionRepository;
    this.entries = entries;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (collectionRepository.count() > 0) {
      return;
    }
    List<Long> healthcare = entries.idsOfCategory("HEALTHCARE").stream().limit(10).toList();
    if (healthcare.isEmpty()) {
      return;
    }
    CollectionView created = collections.create(CurrentUser.of("editor", List.of(Groups.ASI_EDITORS)),
        new CollectionData("Поликлиника без очередей",
            "Практики регионов, которые сокращают ожидание приёма врача и делают запись удобной",
            "Здравоохранение: доступность первичной помощи", healthcare, true, 1));
    log.info("Demo data: collection {} with practices {}", created.id(), healthcare);
  }
}
