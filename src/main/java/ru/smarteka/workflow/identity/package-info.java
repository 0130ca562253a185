/**
 * Пользователи и права. Groups of every role and region, the Camunda authorizations each needs, the current user,
 * the Tasklist filters of groups.
 */
@ApplicationModule(displayName = "Пользователи и права",
    allowedDependencies = {"region"})
package ru.smarteka.workflow.identity;

import org.springframework.modulith.ApplicationModule;
