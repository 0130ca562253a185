package ru.smarteka.workflow.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.engine.EngineAsApplication;

/**
 * {@link Notifications} as an outbox: each mail is rendered and written as a {@code notification} row in the caller's
 * transaction, and an instance of {@code notification-delivery} (business key = the row's id) is started in the same
 * transaction; its asynchronous step sends the mail after the commit, with retries and an incident when the mail
 * server stays down. Nothing is queued if the caller's work rolls back.
 *
 * <p>A mail about a task (the model has a {@code taskId}) goes to a user at most once per task and kind: a task mail
 * once, a reminder once, an escalation once. {@link Kind#REMINDER} mails of users who turned reminders off are
 * recorded as {@code SKIPPED} and not sent. Every template also gets {@code recipientName}.
 */
@Service
@Transactional
class NotificationService implements Notifications {

  static final String MODEL_TASK_ID = "taskId";
  static final String MODEL_LINK = "link";
  static final String MODEL_RECIPIENT_NAME = "recipientName";

  private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

  private final NotificationRepository notifications;
  private final NotificationPreferences preferences;
  private final MailTemplates templates;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final Clock clock;

  NotificationService(NotificationRepository notifications, NotificationPreferences preferences,
      MailTemplates templates, IdentityService identityService, RuntimeService runtimeService, Clock clock) {
    this.notifications = notifications;
    this.preferences = preferences;
    this.templates = templates;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  @Override
  public void notifyUsers(Collection<String> userIds, Kind kind, String template, Map<String, ?> model) {
    Object task = model.get(MODEL_TASK_ID);
    String taskId = task == null ? null : task.toString();
    for (String userId : new LinkedHashSet<>(userIds)) {
      if (userId == null || taskId != null && notifications.existsByTaskIdAndKindAndRecipientUser(taskId, kind, userId)) {
        continue;
      }
      User user = EngineAsApplication.run(identityService,
          () -> identityService.createUserQuery().userId(userId).singleResult());
      if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
        log.info("No e-mail address for user {}: {} mail {} not queued", userId, kind, template);
        continue;
      }
      Map<String, Object> values = new HashMap<>(model);
      values.put(MODEL_RECIPIENT_NAME, displayName(user));
      MailTemplates.Mail mail = templates.render(template, values);
      boolean skipped = kind == Kind.REMINDER && !preferences.remindersEnabled(userId);
      Object link = model.get(MODEL_LINK);
      Notification notification = notifications.saveAndFlush(new Notification(kind, template, userId,
          user.getEmail(), taskId, mail, link == null ? null : link.toString(),
          skipped ? NotificationStatus.SKIPPED : NotificationStatus.QUEUED, clock.instant()));
      if (!skipped) {
        startDelivery(notification.id());
      }
    }
  }

  @Override
  public void notifyGroup(String groupId, Kind kind, String template, Map<String, ?> model) {
    notifyUsers(members(groupId), kind, template, model);
  }

  /** Ids of the members of a Camunda group, whoever is asking. */
  List<String> members(String groupId) {
    return EngineAsApplication.run(identityService,
        () -> identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList());
  }

  private void startDelivery(long notificationId) {
    // the caller (an author, an official) has no permission to start this process: the application does
    EngineAsApplication.run(identityService, () -> runtimeService.startProcessInstanceByKey(NotificationDelivery.KEY,
        String.valueOf(notificationId), Map.of(NotificationDelivery.VAR_NOTIFICATION_ID, notificationId)));
  }

  private static String displayName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
