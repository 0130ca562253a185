/**
 * Публикация практики. The publication process practice-publication: its steps, the expertise (experts, assignments,
 * assessments), the submit and withdraw API.
 */
@ApplicationModule(displayName = "Публикация практики",
    allowedDependencies = {"engine", "identity", "practice", "region", "system"})
package ru.smarteka.workflow.publication;

import org.springframework.modulith.ApplicationModule;
