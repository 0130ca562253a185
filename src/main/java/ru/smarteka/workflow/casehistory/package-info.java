/**
 * Case history for auditors: a practice, a replication request or a quarterly report found by id, title, region or
 * status, and its one timeline (status changes from our tables, tasks and decisions from the engine's history, the
 * documents, the mails sent), read-only, served to Cockpit by the plugin {@code smarteka-case-history}
 * ({@code cockpit/}).
 */
@ApplicationModule(displayName = "История дел",
    allowedDependencies = {"engine", "identity", "practice", "replication", "replication::events", "system"})
package ru.smarteka.workflow.casehistory;

import org.springframework.modulith.ApplicationModule;
