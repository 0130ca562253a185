package ru.smarteka.workflow.practice;

/**
 * Published in the transaction of every status change of a practice (a decision on it): who made it and why.
 * {@code author} is the official who created the passport.
 */
public record PracticeStatusChanged(long practiceId, String title, String regionCode, String author,
    PracticeStatus status, String actor, String reason) {
}
