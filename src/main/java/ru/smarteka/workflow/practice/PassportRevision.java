package ru.smarteka.workflow.practice;

/** What the author changes when sending a returned passport back: the description and a note on the changes. */
public record PassportRevision(
    String title,
    String problem,
    String solution,
    String resources,
    String results,
    String effect,
    String targetAudience,
    String coverage,
    String note) {
}
