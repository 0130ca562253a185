/**
 * Справочники и рейтинги. Reference data: regions, categories, levels, catalogue sections, Quality-of-Life
 * directions, investment factors, responsible bodies, rating results and the CSV imports.
 */
@ApplicationModule(displayName = "Справочники и рейтинги",
    allowedDependencies = {})
package ru.smarteka.workflow.region;

import org.springframework.modulith.ApplicationModule;
