package ru.smarteka.workflow.practice;

import java.time.Instant;

/** A supporting document's metadata. */
public record DocumentView(
    long id,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {
}
