package ru.smarteka.workflow.region;

import java.util.List;

/**
 * The outcome of an accepted CSV file: the dataset, how many rows were written and what was replaced —
 * {@code "2025 QOL_DIRECTION"} (year and indicator) for ratings, region codes for responsible bodies.
 */
public record ImportResult(String dataset, int rowsImported, List<String> yearsOrRegionsReplaced) {

  public ImportResult {
    yearsOrRegionsReplaced = List.copyOf(yearsOrRegionsReplaced);
  }
}
