package ru.smarteka.workflow.practice;

import java.time.Instant;

/** The editor's version of a practice's description (copy editing); the author's original stays as it was. */
public record Edition(
    String title,
    String problem,
    String solution,
    String results,
    String effect,
    String note,
    String editedBy,
    Instant editedAt) {
}
