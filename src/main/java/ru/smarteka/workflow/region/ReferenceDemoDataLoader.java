package ru.smarteka.workflow.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo rating data and responsible bodies ({@code reference/demo/*.csv}) through the CSV import when
 * {@code smarteka.reference.load-demo-ratings=true} (the default {@code demo} profile) and the rating table is
 * empty, so a restart or a database with real data is left alone. It runs first: the demo practices' eligibility
 * needs the ratings.
 */
@Component
@ConditionalOnProperty(prefix = "smarteka.reference", name = "load-demo-ratings", havingValue = "true")
@Order(50)
class ReferenceDemoDataLoader implements ApplicationRunner {

  static final String RATINGS = "reference/demo/ratings.csv";
  static final String RESPONSIBLE_BODIES = "reference/demo/responsible-bodies.csv";

  private static final Logger log = LoggerFactory.getLogger(ReferenceDemoDataLoader.class);

  private final ReferenceImportService imports;
  private final RatingResultRepository ratings;

  ReferenceDemoDataLoader(ReferenceImportService imports, RatingResultRepository ratings) {
    this.imports = imports;
    this.ratings = ratings;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (ratings.count() > 0) {
      log.info("Rating data present, demo reference data not loaded");
      return;
    }
    ImportResult rated = imports.importCsv(ReferenceDataset.RATINGS, read(RATINGS));
    ImportResult bodies = imports.importCsv(ReferenceDataset.RESPONSIBLE_BODIES, read(RESPONSIBLE_BODIES));
    log.info("Demo reference data loaded: {} rating rows ({}), {} responsible bodies of regions {}",
        rated.rowsImported(), rated.yearsOrRegionsReplaced(), bodies.rowsImported(), bodies.yearsOrRegionsReplaced());
  }

  private static byte[] read(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }
}
