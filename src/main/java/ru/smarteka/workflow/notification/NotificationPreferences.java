package ru.smarteka.workflow.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's choice about reminder mails (on unless turned off). */
@Service
@Transactional
public class NotificationPreferences {

  private final NotificationPreferenceRepository preferences;

  NotificationPreferences(NotificationPreferenceRepository preferences) {
    this.preferences = preferences;
  }

  @Transactional(readOnly = true)
  public boolean remindersEnabled(String userId) {
    return preferences.findById(userId).map(NotificationPreference::remindersEnabled).orElse(true);
  }

  public void setRemindersEnabled(String userId, boolean enabled) {
    preferences.findById(userId).ifPresentOrElse(p -> p.remindersEnabled(enabled),
        () -> preferences.save(new NotificationPreference(userId, enabled)));
  }
}
