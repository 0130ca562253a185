/**
 * Аналитика. The figures ASI and auditors steer the platform by (issue 16): the publication funnel, time per stage,
 * overdue tasks, expert load and scores, replication outcomes, quarterly reports on time; each computed by one SQL
 * aggregation in the database, served as JSON, CSV and XLSX under {@code /api/analytics} and drawn on a Cockpit
 * dashboard ({@code smarteka-analytics}).
 */
@ApplicationModule(displayName = "Аналитика",
    allowedDependencies = {"engine", "identity", "practice", "system"})
package ru.smarteka.workflow.analytics;

import org.springframework.modulith.ApplicationModule;
