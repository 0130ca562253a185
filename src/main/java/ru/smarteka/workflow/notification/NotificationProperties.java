package ru.smarteka.workflow.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code smarteka.notification.*}: when reminders go out and how often the deadline job looks.
 *
 * @param reminderBefore a reminder goes out this long before a task's due date (ISO-8601, {@code P2D})
 * @param reminderCron when the deadline job (reminders) runs
 * @param schedulingEnabled whether the deadline job runs by itself (tests call it)
 * @param reminderLockAtMost the longest a node holds the deadline job's lock: if it dies while running the job, the
 *     other nodes run it again only after this
 * @param reminderLockAtLeast the shortest a node holds it, even when done sooner: a node whose clock is behind does
 *     not run the same hour's job again
 * @param strict a template placeholder without a value, or a mail that cannot be queued, is an error (tests)
 *     rather than logged (a mail never costs the user their work)
 */
@ConfigurationProperties("smarteka.notification")
record NotificationProperties(@DefaultValue("P2D") Duration reminderBefore,
    @DefaultValue("0 0 * * * *") String reminderCron, @DefaultValue("true") boolean schedulingEnabled,
    @DefaultValue("PT30M") Duration reminderLockAtMost, @DefaultValue("PT1M") Duration reminderLockAtLeast,
    @DefaultValue("false") boolean strict) {
}
