package ru.smarteka.workflow.practice;

import java.time.Instant;

/** A row of the practice list. */
public record PracticeSummary(
    long id,
    PracticeStatus status,
    String title,
    String regionCode,
    String categoryCode,
    String levelCode,
    String organisation,
    Instant createdAt,
    Instant updatedAt,
    Instant submittedAt,
    Instant publishedAt) {
}
