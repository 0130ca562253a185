package ru.smarteka.workflow.replication;

/** Published in the transaction of every status change of a replication request (a decision on it). */
public record ReplicationStatusChanged(long requestId, long practiceId, String recipientRegion, String requestedBy,
    String moderatorId, ReplicationStatus status, String actor, String reason) {
}
