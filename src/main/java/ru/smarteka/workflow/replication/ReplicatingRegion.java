package ru.smarteka.workflow.replication;

import java.time.Instant;

/**
 * A region replicating a published practice, as the public catalogue shows it: the recipient region, where its
 * replication stands (the status and its words) and since when it was requested. No official, no contacts.
 */
public record ReplicatingRegion(String regionCode, String status, String statusLabel,
    Instant requestedAt) {
}
