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
 *   ({@code replication-decision}); an abandoned replication also its moderator ({@code replication-abandoned}).</li>
 * </ul>
 */
@Component
class DecisionNotifications {

  static final String TEMPLATE_PRACTICE = "practice-decision";
  static final String TEMPLATE_RETURNED = "practice-returned";
  static final String TEMPLATE_REPLICATION = "replication-decision";
  static final String TEMPLATE_ABANDONED = "replication-abandoned";

  private static final Logger log = LoggerFactory.getLogger(DecisionNotifications.class);

  private static final Map<PracticeStatus, String> PRACTICE_STATUS = Map.ofEntries(
      Map.entry(PracticeStatus.DRAFT, "черновик"),
      Map.entry(PracticeStatus.SUBMITTED, "подана на рассмотрение"),
      Map.entry(PracticeStatus.NOT_ELIGIBLE, "регион не соответствует условиям приёма"),
      Map.entry(PracticeStatus.RETURNED_FOR_REVISION, "возвращена на доработку"),
      Map.entry(PracticeStatus.REMOVED, "снята с рассмотрения"),
      Map.entry(PracticeStatus.IN_EXPERTISE, "принята и направлена на экспертизу"),
      Map.entry(PracticeStatus.REJECTED, "отклонена по итогам экспертизы"),
      Map.entry(PracticeStatus.AT_REGIONAL_CONFIRMATION, "направлена на подтверждение в регион"),
      Map.entry(PracticeStatus.NOT_CONFIRMED, "не подтверждена регионом"),
      Map.entry(PracticeStatus.IN_COPY_EDITING, "подтверждена регионом и передана на редактирование"),
      Map.entry(PracticeStatus.PUBLISHED, "опубликована в каталоге"),
      Map.entry(PracticeStatus.WITHDRAWN, "отозвана"));

  private static final Map<ReplicationStatus, String> REPLICATION_STATUS = Map.ofEntries(
      Map.entry(ReplicationStatus.REQUESTED, "подана"),
      Map.entry(ReplicationStatus.REJECTED, "отклонена без рассмотрения"),
      Map.entry(ReplicationStatus.ACCEPTED, "принята, готовится встреча с наставником"),
      Map.entry(ReplicationStatus.MEETING_HELD, "встреча с наставником проведена, ожидается дорожная карта"),
      Map.entry(ReplicationStatus.ROADMAP_SUBMITTED, "дорожная карта представлена"),
      Map.entry(ReplicationStatus.ROADMAP_RETURNED, "дорожная карта возвращена на доработку"),
      Map.entry(ReplicationStatus.IMPLEMENTING, "дорожная карта утверждена, идёт внедрение"),
      Map.entry(ReplicationStatus.IMPLEMENTED, "внедрение подтверждено"),
      Map.entry(ReplicationStatus.EVALUATION_SUBMITTED, "оценка результатов представлена"),
      Map.entry(ReplicationStatus.EVALUATED, "оценка результатов принята, внедрение завершено"),
      Map.entry(ReplicationStatus.ABANDONED, "внедрение прекращено"));

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
      model.put("status", PRACTICE_STATUS.get(change.status()));
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
      model.put("status", REPLICATION_STATUS.get(change.status()));
      model.put("reason", change.reason() == null ? "" : change.reason());
      model.put("reasonLine", reasonLine(change.reason()));
      model.put(NotificationService.MODEL_LINK, links.replication(change.requestId()));
      if (change.requestedBy() != null && change.status() != ReplicationStatus.REQUESTED
          && !Objects.equals(change.requestedBy(), change.actor())) {
        notifications.notifyUsers(Set.of(change.requestedBy()), Notifications.Kind.DECISION, TEMPLATE_REPLICATION,
            model);
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
