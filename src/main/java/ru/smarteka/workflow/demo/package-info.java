/**
 * Демонстрационные данные. The demo of the default {@code demo} profile as one story (DemoScenario): the people, the
 * ratings, the experts and moderators, practices at every stage, a collection in the catalogue, a replication request, a quarterly report and a federal approval round, told
 * through each module's public API as the demo users would work in Tasklist. Nothing depends on it.
 */
@ApplicationModule(displayName = "Демонстрационные данные",
    allowedDependencies = {"catalogue", "contest", "engine", "federal", "identity", "practice", "publication", "region", "replication", "reporting"})
package ru.smarteka.workflow.demo;

import org.springframework.modulith.ApplicationModule;
