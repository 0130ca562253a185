package ru.smarteka.workflow.practice;

import java.util.List;

/**
 * What a reviewer needs to see of a practice, with names instead of codes: the read-only summary shown in the
 * forms of the review tasks.
 *
 * @param authorTeam one line per member of the author team with their contacts (the mentors of replications)
 * @param algorithm the steps of the algorithm, in order
 */
public record PracticeSnapshot(
    long id,
    PracticeStatus status,
    String title,
    String regionCode,
    String regionName,
    String categoryCode,
    String categoryName,
    String levelName,
    String organisation,
    String problem,
    String solution,
    String resources,
    String results,
    String effect,
    String targetAudience,
    String coverage,
    List<String> authorTeam,
    List<String> algorithm,
    List<String> documents,
    List<String> history,
    int revisionRound,
    String createdBy) {
}
