package ru.smarteka.workflow.practice;

import java.time.Instant;

/** One entry of a practice's status history. */
public record StatusChangeView(PracticeStatus status, String changedBy, Instant changedAt, String reason) {
}
