package ru.smarteka.workflow.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page of the catalogue: the practices found, the paging in Spring's {@code PagedModel} shape, and for every filter
 * the number of practices found per value (facets).
 *
 * @param fuzzy whether nothing matched the words exactly and the practices are those matching them with a typo
 */
public record CataloguePage(List<Hit> content, PageMetadata page, Map<String, List<Facet>> facets, boolean fuzzy) {

  /**
   * A practice found, with fragments of its texts where the words were found ({@code <mark>…</mark>});
   * {@code federalApproved}: «Одобрена к массовому тиражированию» by a federal approval round.
   */
  public record Hit(long id, String title, String regionCode, String regionName, String federalDistrict,
      String categoryCode, String categoryName, String levelCode, String levelName, String organisation,
      Set<String> sections, Set<String> directions, Set<String> factors, int replicationCount, Instant publishedAt,
      boolean federalApproved, Map<String, List<String>> highlights, String contestBadge) {
  }

  /** A value of a filter and how many of the practices found have it. */
  public record Facet(String code, String name, long count) {
  }

  public record PageMetadata(long size, long number, long totalElements, long totalPages) {
  }
}
