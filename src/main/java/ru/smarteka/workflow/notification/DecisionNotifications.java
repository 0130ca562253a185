package ru.smarteka.workflow.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.practice.PracticeStatus;
import ru.smarteka.workflow.practice.PracticeStatusChanged;
import ru.smarteka.workflow.replication.ReplicationStatus;
import ru.smarteka.workflow.replication.ReplicationStatusChanged;

/**
 * Mails about decisions, in the transaction of the status change:
 * <ul>
 *   <li>a practice's status changed by someone else than its author: the author ({@code practice-decision}; a return
 *   for revision has its own text with the reason, {@code practice-returned});</li>
 *   <li>a replication request's status changed by someone else than the requesting official: the official
 *   ({@code replication-decision}; a return of the roadmap, the implementation or the evaluation has its own text with
 *   the remarks and the task waiting for the region, {@code replication-returned}); an abandoned replication also its
 *   moderator ({@code replication-abandoned}).</li>
 * </ul>
 */
@Component
class DecisionNotifications {

  static final String TEMPLATE_PRACTICE = "practice-decision";
  static final String TEMPLATE_RETURNED = "practice-returned";
  static final String TEMPLATE_REPLICATION = "replication-decision";
  static final String TEMPLATE_ABANDONED = "replication-abandoned";
  static final String TEMPLATE_REPLICATION_RETURNED = "replication-returned";

  private static final Logger log = LoggerFactory.getLogger(DecisionNotifications.class);

  private final NotificationService notifications;
  private final Links links;
  private final NotificationProperties properties;

  DecisionNotifications(NotificationService notifications, Links links, NotificationProperties properties) {
    this.notifications = notifications;
    this.links = links;
    this.properties = properties;
  }

  @EventListener
  void on(PracticeStatusChanged change) {
    safely("practice " + change.practiceId(), () -> {
      if (change.author() == null || change.status() == PracticeStatus.DRAFT
          || Objects.equals(change.author(), change.actor())) {
        return;
      }
      Map<String, Object> model = new HashMap<>();
      model.put("practiceId", change.practiceId());
      model.put("title", change.title() == null ? "без названия" : change.title());
      model.put("status", change.status().label());
      model.put("reason", change.reason() == null ? "" : change.reason());
      model.put("reasonLine", reasonLine(change.reason()));
      model.put(NotificationService.MODEL_LINK, links.practice(change.practiceId()));
      String template = change.status() == PracticeStatus.RETURNED_FOR_REVISION ? TEMPLATE_RETURNED : TEMPLATE_PRACTICE;
      notifications.notifyUsers(Set.of(change.author()), Notifications.Kind.DECISION, template, model);
    });
  }

  @EventListener
  void on(ReplicationStatusChanged change) {
    safely("replication " + change.requestId(), () -> {
      Map<String, Object> model = new HashMap<>();
      model.put("requestId", change.requestId());
      model.put("practiceId", change.practiceId());
      model.put("recipientRegion", change.recipientRegion());
      model.put("status", change.status().label());
      model.put("reason", change.reason() == null ? "" : change.reason());
      model.put("reasonLine", reasonLine(change.reason()));
      model.put("practiceTitle", change.practiceTitle() == null ? "без названия" : change.practiceTitle());
      model.put("returnedTo", change.status().returnedTo() == null ? "" : change.status().returnedTo());
      model.put(NotificationService.MODEL_LINK, links.replication(change.requestId()));
      if (change.requestedBy() != null && change.status() != ReplicationStatus.REQUESTED
          && !Objects.equals(change.requestedBy(), change.actor())) {
        notifications.notifyUsers(Set.of(change.requestedBy()), Notifications.Kind.DECISION,
            change.status().returnedTo() != null ? TEMPLATE_REPLICATION_RETURNED : TEMPLATE_REPLICATION, model);
      }
      if (change.status() == ReplicationStatus.ABANDONED && change.moderatorId() != null
          && !Objects.equals(change.moderatorId(), change.actor())) {
        notifications.notifyUsers(Set.of(change.moderatorId()), Notifications.Kind.DECISION, TEMPLATE_ABANDONED,
            model);
      }
    });
  }

  private static String reasonLine(String reason) {
    return reason == null || reason.isBlank() ? "" : "Комментарий: " + reason + "\n";
  }

  private void safely(String what, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      if (properties.strict()) {
        throw e;
      }
      log.error("Decision on {}: notification not queued", what, e);
    }
  }
}
