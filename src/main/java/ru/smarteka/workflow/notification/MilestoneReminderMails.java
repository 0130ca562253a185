package ru.smarteka.workflow.notification;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.replication.MilestoneReminderDue;

/**
 * A milestone of a replication's roadmap is near: every official of the recipient region gets a reminder
 * ({@code replication-milestone-reminder}, kind REMINDER), in the transaction of the replication's timer step, which
 * records the reminder on the milestone: one mail per milestone and official.
 */
@Component
class MilestoneReminderMails {

  static final String TEMPLATE = "replication-milestone-reminder";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private final NotificationService notifications;
  private final Links links;

  MilestoneReminderMails(NotificationService notifications, Links links) {
    this.notifications = notifications;
    this.links = links;
  }

  @EventListener
  void on(MilestoneReminderDue due) {
    Map<String, Object> model = new HashMap<>();
    model.put("requestId", due.requestId());
    model.put("practiceTitle", due.practiceTitle());
    model.put("recipientRegion", due.recipientRegionName());
    model.put("milestone", due.milestone());
    model.put("dueDate", due.dueDate().format(DATE));
    model.put("responsible", due.responsible());
    // not the model's taskId: that would let one reminder per task through, and a task outlives several milestones
    model.put("taskLink", due.reportTaskId() == null ? links.replication(due.requestId())
        : links.task(due.reportTaskId()));
    model.put(NotificationService.MODEL_LINK, links.replication(due.requestId()));
    notifications.notifyGroup(Groups.officialsOf(due.recipientRegion()), Notifications.Kind.REMINDER, TEMPLATE, model);
  }
}
