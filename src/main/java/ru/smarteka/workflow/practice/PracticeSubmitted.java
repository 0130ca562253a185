package ru.smarteka.workflow.practice;

/** Published when an author submits a complete passport; the publication process starts from it. */
public record PracticeSubmitted(long practiceId, String regionCode, String submittedBy) {
}
