package ru.smarteka.workflow.practice;

import java.time.Instant;

/** A change of a document's visibility in the public catalogue, as the history shows it. */
public record DocumentVisibilityView(boolean publicAccess, String changedBy, Instant changedAt, String reason) {
}
