/**
 * Квартальные отчёты. Quarterly regional reports: the quarterly-report process and its launcher, XLSX and CSV.
 */
@ApplicationModule(displayName = "Квартальные отчёты",
    allowedDependencies = {"engine", "identity", "notification", "practice", "region", "replication", "system"})
package ru.smarteka.workflow.reporting;

import org.springframework.modulith.ApplicationModule;
