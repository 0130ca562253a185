/**
 * Документы. The upload policy every document obeys: types by signature, size, names.
 */
@ApplicationModule(displayName = "Документы",
    allowedDependencies = {"system"})
package ru.smarteka.workflow.document;

import org.springframework.modulith.ApplicationModule;
