package ru.smarteka.workflow.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * A collection: for the public, a published one with its practices that are in the catalogue; for editors, any, with
 * who created and last changed it.
 */
public record CollectionView(long id, long version, String title, String description, String coverText,
    boolean published, int position, List<CatalogueHitSummary> practices, String createdBy, Instant createdAt,
    String updatedBy, Instant updatedAt) {

  /** One entry of a collection's audit trail. */
  public record Change(String action, String changedBy, Instant changedAt, String summary) {
  }

  /** What the public sees of a collection: no editors' logins. */
  public record Public(long id, String title, String description, String coverText,
      List<CatalogueHitSummary> practices) {
  }
}
