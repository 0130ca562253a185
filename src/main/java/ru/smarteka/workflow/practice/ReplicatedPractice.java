package ru.smarteka.workflow.practice;

import java.time.Instant;

/** A published practice with how often it was replicated: what a federal approval round is proposed from. */
public record ReplicatedPractice(long id, String title, String regionCode, String categoryCode, int replicationCount,
    Instant publishedAt) {
}
