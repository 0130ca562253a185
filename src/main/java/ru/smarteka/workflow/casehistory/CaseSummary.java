package ru.smarteka.workflow.casehistory;

import java.time.Instant;

/** One case found by the search: what it is, where, in which status, when it last changed. */
public record CaseSummary(String kind, String kindLabel, long id, String title, String regionCode, String regionName,
    String status, String statusLabel, Instant changedAt) {
}
