package ru.smarteka.workflow.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.engine.EngineAsApplication;

/**
 * {@link Notifications} as an outbox: each mail is rendered and written as a {@code notification} row in the caller's
 * transaction; the mails of one call are a batch, and one instance of {@code notification-delivery} (business key
 * {@code mail-<batch>}, the batch's number being the id of its first row) is started for it in the same transaction;
 * its asynchronous step sends the batch's mails after the commit over one SMTP connection, with retries and an incident when the mail server stays
 * down. Nothing is queued if the caller's work rolls back.
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
  private static final int USERS_PER_QUERY = 500;

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
    Set<String> recipients = new LinkedHashSet<>(userIds);
    recipients.remove(null);
    if (taskId != null && !recipients.isEmpty()) {
      recipients.removeAll(notifications.recipientsOf(taskId, kind));
    }
    if (recipients.isEmpty()) {
      return;
    }
    Map<String, User> users = users(recipients);
    Object link = model.get(MODEL_LINK);
    Long batchId = null;
    for (String userId : recipients) {
      User user = users.get(userId);
      if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
        log.info("No e-mail address for user {}: {} mail {} not queued", userId, kind, template);
        continue;
      }
      Map<String, Object> values = new HashMap<>(model);
      values.put(MODEL_RECIPIENT_NAME, displayName(user));
      MailTemplates.Mail mail = templates.render(template, values);
      boolean skipped = kind == Kind.REMINDER && !preferences.remindersEnabled(userId);
      Notification notification = new Notification(kind, template, userId, user.getEmail(), taskId, mail,
          link == null ? null : link.toString(), skipped ? NotificationStatus.SKIPPED : NotificationStatus.QUEUED,
          clock.instant());
      if (skipped) {
        notifications.save(notification);
      } else if (batchId == null) {
        batchId = notifications.saveAndFlush(notification).id();   // the batch's first row names it
        notification.joinBatch(batchId);
      } else {
        notification.joinBatch(batchId);
        notifications.save(notification);
      }
    }
    if (batchId != null) {
      notifications.flush();
      startDelivery(batchId);
    }
  }

  /** The users with these ids that exist, by id: one query per {@value #USERS_PER_QUERY}. */
  private Map<String, User> users(Set<String> ids) {
    Map<String, User> users = new HashMap<>();
    List<String> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += USERS_PER_QUERY) {
      String[] chunk = all.subList(from, Math.min(all.size(), from + USERS_PER_QUERY)).toArray(String[]::new);
      EngineAsApplication.run(identityService, () -> identityService.createUserQuery().userIdIn(chunk).list())
          .forEach(user -> users.put(user.getId(), user));
    }
    return users;
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

  private void startDelivery(long batchId) {
    // the caller (an author, an official) has no permission to start this process: the application does
    EngineAsApplication.run(identityService, () -> runtimeService.startProcessInstanceByKey(NotificationDelivery.KEY,
        BusinessKeys.mail(batchId)));
  }

  private static String displayName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
