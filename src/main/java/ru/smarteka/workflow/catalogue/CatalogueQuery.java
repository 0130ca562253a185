package ru.smarteka.workflow.catalogue;

import java.util.List;

/**
 * A search of the catalogue: the words ({@code text}, may be empty) and the filters, each a list of codes of which any
 * may match (an empty list: no filter). Category codes are of the 2026 list; the 2021 codes are mapped before.
 *
 * @param approved only practices approved for mass replication by a federal round ({@code true}), only those not
 *     approved ({@code false}), or either ({@code null})
 */
public record CatalogueQuery(String text, List<String> regions, List<String> districts, List<String> categories,
    List<String> levels, List<String> sections, List<String> directions, List<String> factors, Boolean approved) {

  /** A search without the approval filter. */
  public CatalogueQuery(String text, List<String> regions, List<String> districts, List<String> categories,
      List<String> levels, List<String> sections, List<String> directions, List<String> factors) {
    this(text, regions, districts, categories, levels, sections, directions, factors, null);
  }

  public CatalogueQuery {
    regions = List.copyOf(regions);
    districts = List.copyOf(districts);
    categories = List.copyOf(categories);
    levels = List.copyOf(levels);
    sections = List.copyOf(sections);
    directions = List.copyOf(directions);
    factors = List.copyOf(factors);
  }

  boolean hasText() {
    return text != null && !text.isBlank();
  }
}
