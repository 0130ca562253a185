package ru.smarteka.workflow.practice;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A practice passport as the API shows it, with its documents (metadata only). {@code legacyCategoryCode} is the 2021
 * category code the author gave, when the category was named by it ({@code categoryCode} is then its 2026 category).
 * {@code federalApproval}: «Одобрена к массовому тиражированию» by a federal body or commission, or null.
 */
public record PracticeView(
    long id,
    long version,
    PracticeStatus status,
    String title,
    String regionCode,
    String categoryCode,
    String levelCode,
    String organisation,
    String contactEmail,
    String contactPhone,
    String problem,
    String solution,
    String resources,
    String results,
    String effect,
    String targetAudience,
    String coverage,
    List<PassportData.Author> authorTeam,
    List<String> algorithm,
    Set<String> qolDirections,
    Set<String> investmentFactors,
    List<DocumentView> documents,
    int revisionRound,
    int replicationCount,
    List<EligibilityGround> eligibilityGrounds,
    Set<String> catalogueSections,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    Instant submittedAt,
    Instant publishedAt,
    String legacyCategoryCode,
    FederalApproval federalApproval) {
}
