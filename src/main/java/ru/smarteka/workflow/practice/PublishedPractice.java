package ru.smarteka.workflow.practice;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the public catalogue may show of a published practice: the passport in the editor's edition where one exists,
 * without contacts, author logins, eligibility grounds or review history.
 *
 * @param authorTeam the author team as «name, position» (their e-mails and phones are not public)
 */
public record PublishedPractice(
    long id,
    String title,
    String regionCode,
    String categoryCode,
    String levelCode,
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
    Set<String> qolDirections,
    Set<String> investmentFactors,
    Set<String> catalogueSections,
    int replicationCount,
    Instant publishedAt,
    FederalApproval federalApproval,
    ContestAward contestAward) {
}
