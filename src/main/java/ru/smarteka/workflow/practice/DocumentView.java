package ru.smarteka.workflow.practice;

import java.time.Instant;

/**
 * A supporting document's metadata.
 *
 * @param publicAccess whether the public catalogue offers it for download while the practice is published
 */
public record DocumentView(
    long id,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    boolean publicAccess) {
}
