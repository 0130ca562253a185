/**
 * Паспорт практики. The practice passport: drafts, documents, statuses that move only along their transition table,
 * status history, editions.
 */
@ApplicationModule(displayName = "Паспорт практики",
    allowedDependencies = {"document", "identity", "region", "system"})
package ru.smarteka.workflow.practice;

import org.springframework.modulith.ApplicationModule;
