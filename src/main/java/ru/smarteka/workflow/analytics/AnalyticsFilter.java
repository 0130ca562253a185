package ru.smarteka.workflow.analytics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a figure is computed over: a period (from, to: days, both inclusive; open when absent), a region (its
 * two-digit code), a federal district (its name as in the region reference) and a practice category (its code).
 * Built only by {@link AnalyticsService#filter}, which checks every value against the reference data.
 */
public record AnalyticsFilter(LocalDate from, LocalDate to, String region, String district, String category) {

  /** The filter as it was applied, for the answer and the file's header. */
  public Map<String, String> described() {
    Map<String, String> out = new LinkedHashMap<>();
    if (from != null) {
      out.put("from", from.toString());
    }
    if (to != null) {
      out.put("to", to.toString());
    }
    if (region != null) {
      out.put("region", region);
    }
    if (district != null) {
      out.put("district", district);
    }
    if (category != null) {
      out.put("category", category);
    }
    return out;
  }
}
