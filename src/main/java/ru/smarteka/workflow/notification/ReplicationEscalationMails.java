package ru.smarteka.workflow.notification;

import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.replication.ReplicationTaskOverdue;

/**
 * A replication task waits for its region past the due date (the replication module decides which and whom it
 * escalates to): the replication's moderator gets {@code task-escalation}, kind ESCALATION, once per task, in the
 * transaction of the replication's escalation job.
 */
@Component
class ReplicationEscalationMails {

  static final String TEMPLATE = "task-escalation";

  private final NotificationService notifications;
  private final TaskMails mails;
  private final Links links;

  ReplicationEscalationMails(NotificationService notifications, TaskMails mails, Links links) {
    this.notifications = notifications;
    this.mails = mails;
    this.links = links;
  }

  @EventListener
  void on(ReplicationTaskOverdue overdue) {
    Map<String, Object> model = mails.model(overdue.taskId(), overdue.taskName(), overdue.processDefinitionId(),
        String.valueOf(overdue.requestId()), Date.from(overdue.dueDate()));
    model.put("requestId", overdue.requestId());
    model.put("recipientRegion", overdue.recipientRegion());
    model.put("taskLink", model.get(NotificationService.MODEL_LINK));
    // the moderator is no candidate of the region's task: the mail leads to the replication
    model.put(NotificationService.MODEL_LINK, links.replication(overdue.requestId()));
    notifications.notifyUsers(Set.of(overdue.moderatorId()), Notifications.Kind.ESCALATION, TEMPLATE, model);
  }
}
