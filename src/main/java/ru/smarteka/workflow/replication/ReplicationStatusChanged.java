package ru.smarteka.workflow.replication;

import org.springframework.modulith.NamedInterface;

/**
 * Published in the transaction of every status change of a replication request (a decision on it); {@code reason} is
 * the moderator's comment or remarks, {@code practiceTitle} the practice's title for the mails.
 */
@NamedInterface("events")
public record ReplicationStatusChanged(long requestId, long practiceId, String recipientRegion, String requestedBy,
    String moderatorId, ReplicationStatus status, String actor, String reason, String practiceTitle) {
}
