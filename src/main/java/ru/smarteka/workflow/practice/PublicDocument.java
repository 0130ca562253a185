package ru.smarteka.workflow.practice;

import java.time.Instant;

/** A supporting document the public catalogue offers for download: its metadata without the uploader. */
public record PublicDocument(long id, String fileName, String contentType, long sizeBytes, String sha256,
    Instant uploadedAt) {
}
