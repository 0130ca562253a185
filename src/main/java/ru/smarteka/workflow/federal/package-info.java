/**
 * Одобрение практик ФОИВ и комиссиями Госсовета. Federal approval rounds (seed 001): an ASI moderator opens a round
 * with a deadline and the federal bodies and State Council commissions taking part, selects published practices; each
 * practice is routed by its category (decision {@code federal-review-routing}) to the reviewers, whose groups review it
 * in Tasklist; the outcome «Одобрена к массовому тиражированию» goes to the practice, the summary to XLSX and JSON.
 */
@ApplicationModule(displayName = "Одобрение практик ФОИВ и комиссиями Госсовета",
    allowedDependencies = {"engine", "identity", "notification", "practice", "region", "replication", "system"})
package ru.smarteka.workflow.federal;

import org.springframework.modulith.ApplicationModule;
