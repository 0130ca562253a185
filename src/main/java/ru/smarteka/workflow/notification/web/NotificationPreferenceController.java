package ru.smarteka.workflow.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.smarteka.workflow.identity.CurrentUserProvider;
import ru.smarteka.workflow.notification.NotificationPreferences;

/** The current user's choice about reminder mails. */
@RestController
@RequestMapping("/api/me/notifications")
@Tag(name = "Уведомления", description = "Настройки писем текущего пользователя")
class NotificationPreferenceController {

  record Preferences(@NotNull Boolean reminders) {
  }

  private final NotificationPreferences preferences;
  private final CurrentUserProvider currentUser;

  NotificationPreferenceController(NotificationPreferences preferences, CurrentUserProvider currentUser) {
    this.preferences = preferences;
    this.currentUser = currentUser;
  }

  @GetMapping
  @Operation(summary = "Получить настройки уведомлений")
  Preferences get() {
    return new Preferences(preferences.remindersEnabled(currentUser.current().id()));
  }

  @PutMapping
  @Operation(summary = "Включить или отключить письма-напоминания о сроках")
  Preferences put(@RequestBody @Valid Preferences body) {
    String userId = currentUser.current().id();
    preferences.setRemindersEnabled(userId, body.reminders());
    return new Preferences(preferences.remindersEnabled(userId));
  }
}
