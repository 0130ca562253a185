/**
 * Система. Security of the three doors (our API, the engine REST API, the webapps), problems as RFC 7807 and on the
 * engine's doors, the checks of requests, configuration shared by all modules.
 */
@ApplicationModule(displayName = "Система",
    allowedDependencies = {"identity"})
package ru.smarteka.workflow.system;

import org.springframework.modulith.ApplicationModule;
