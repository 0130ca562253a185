package ru.smarteka.workflow.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * The page of a published practice: the passport as the catalogue shows it (the editor's edition; no contacts, no
 * review data), names for its codes, practices like it, the published collections it is in, its public documents and
 * the regions replicating it.
 */
public record CataloguePracticeView(
    long id,
    String title,
    String regionCode,
    String regionName,
    String federalDistrict,
    String categoryCode,
    String categoryName,
    String levelCode,
    String levelName,
    String organisation,
    String problem,
    String solution,
    String resources,
    String results,
    String effect,
    String targetAudience,
    String coverage,
    List<String> algorithm,
    List<String> authorTeam,
    List<CatalogueItem> directions,
    List<CatalogueItem> factors,
    List<CatalogueItem> sections,
    int replicationCount,
    Instant publishedAt,
    List<CatalogueHitSummary> similar,
    List<Collections.CollectionRef> collections,
    ru.smarteka.workflow.practice.FederalApproval federalApproval,
    ru.smarteka.workflow.practice.ContestAward contestAward,
    List<Document> documents,
    List<Replication> replicatingRegions) {

  /** A supporting document an ASI editor or moderator made public, and where anyone downloads it. */
  public record Document(long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt,
      String href) {
  }

  /**
   * A region replicating the practice: its replication accepted by the moderator and under way, implemented or
   * evaluated; {@code statusLabel} says where it stands in words.
   */
  public record Replication(String regionCode, String regionName, String status, String statusLabel,
      Instant requestedAt) {
  }
}
