/**
 * Уведомления. E-mail notifications: the outbox, delivery at most once, task and decision mails, deadline reminders;
 * other modules hand mails over through Notifications or events.
 */
@ApplicationModule(displayName = "Уведомления",
    allowedDependencies = {"engine", "identity", "practice", "replication", "system"})
package ru.smarteka.workflow.notification;

import org.springframework.modulith.ApplicationModule;
