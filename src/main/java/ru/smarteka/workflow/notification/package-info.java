/**
 * Уведомления. E-mail notifications: the outbox, delivery at most once, task and decision mails, deadline reminders;
 * other modules hand mails over through Notifications or events. Of replication it knows only the events it mails
 * about ({@code replication::events}): which tasks are overdue and whom they escalate to is replication's to decide.
 */
@ApplicationModule(displayName = "Уведомления",
    allowedDependencies = {"engine", "identity", "practice", "replication::events", "system"})
package ru.smarteka.workflow.notification;

import org.springframework.modulith.ApplicationModule;
