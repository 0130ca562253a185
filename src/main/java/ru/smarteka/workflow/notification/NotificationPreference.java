package ru.smarteka.workflow.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's choice about optional mails; without a row every mail is on. */
@Entity
@Table(name = "notification_preference")
class NotificationPreference {

  @Id
  @Column(name = "user_id")
  private String userId;

  @Column(name = "reminders_enabled")
  private boolean remindersEnabled;

  protected NotificationPreference() {
  }

  NotificationPreference(String userId, boolean remindersEnabled) {
    this.userId = userId;
    this.remindersEnabled = remindersEnabled;
  }

  boolean remindersEnabled() {
    return remindersEnabled;
  }

  void remindersEnabled(boolean enabled) {
    this.remindersEnabled = enabled;
  }
}
