package ru.smarteka.workflow.analytics;

import java.util.List;
import java.util.Map;

/**
 * One figure of the dashboard as a table: its id in {@code /api/analytics/{id}}, a Russian title, the columns (key
 * and Russian label) and the rows (values by column key: text, whole numbers, decimals).
 */
public record Figure(String id, String title, Map<String, String> filter, List<Column> columns,
    List<Map<String, Object>> rows) {

  public record Column(String key, String label) {
  }
}
