package ru.smarteka.workflow.practice;

/**
 * Published in the transaction in which a validated replication of a published practice is counted: its replication
 * count and catalogue sections changed.
 */
public record PracticeReplicationRecorded(long practiceId, int replicationCount) {
}
