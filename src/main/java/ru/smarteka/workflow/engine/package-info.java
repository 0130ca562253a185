/**
 * Общее для процессов. What every process shares: the acting user, form input checked against the deployed form, due
 * dates from task-deadlines, the guards of the engine's doors.
 */
@ApplicationModule(displayName = "Общее для процессов",
    allowedDependencies = {"identity", "system"})
package ru.smarteka.workflow.engine;

import org.springframework.modulith.ApplicationModule;
