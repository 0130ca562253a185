package ru.smarteka.workflow.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline job on {@code smarteka.notification.reminder-cron} on every node (off in tests, which call it
 * themselves); the job's own lock lets one node at a time do the work.
 */
@Component
@ConditionalOnProperty(name = "smarteka.notification.scheduling-enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

  private final DeadlineReminders reminders;

  ReminderSchedule(DeadlineReminders reminders) {
    this.reminders = reminders;
  }

  @Scheduled(cron = "${smarteka.notification.reminder-cron:0 0 * * * *}")
  void run() {
    reminders.run();
  }
}
