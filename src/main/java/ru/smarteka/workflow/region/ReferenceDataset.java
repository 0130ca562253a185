package ru.smarteka.workflow.region;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The datasets the reference import accepts, by the name used in the URL. */
public enum ReferenceDataset {
  RATINGS("ratings", List.of("year", "indicator", "region", "subject", "rank", "ready_to_replicate", "note"),
      List.of("year", "indicator", "region")),
  RESPONSIBLE_BODIES("responsible-bodies", List.of("region", "body", "categories", "coordinator"),
      List.of("region", "body", "categories")),
  FEDERAL_REVIEWERS("federal-reviewers", List.of("kind", "code", "name", "categories"),
      List.of("kind", "code", "name", "categories"));

  private final String id;
  private final List<String> columns;
  private final List<String> requiredColumns;

  ReferenceDataset(String id, List<String> columns, List<String> requiredColumns) {
    this.id = id;
    this.columns = columns;
    this.requiredColumns = requiredColumns;
  }

  String id() {
    return id;
  }

  List<String> columns() {
    return columns;
  }

  List<String> requiredColumns() {
    return requiredColumns;
  }

  static Optional<ReferenceDataset> byId(String id) {
    return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
  }
}
