/**
 * Тиражирование практики. Replication requests and the practice-replication process: intake, the course of a
 * replication, documents, views, escalation of overdue recipient tasks. What it publishes for others to act on (the
 * notification module mails it) is the named interface {@code events}.
 */
@ApplicationModule(displayName = "Тиражирование практики",
    allowedDependencies = {"document", "engine", "identity", "practice", "region", "system"})
package ru.smarteka.workflow.replication;

import org.springframework.modulith.ApplicationModule;
