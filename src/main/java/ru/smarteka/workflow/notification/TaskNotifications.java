package ru.smarteka.workflow.notification;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;

/**
 * Mails about new work, from the engine's task events (the Spring Boot starter publishes every {@link DelegateTask}
 * event, {@code camunda.bpm.eventing.task}, on by default), in the transaction that creates or assigns the task:
 * <ul>
 *   <li>created with an assignee: the assignee ({@code task-assigned});</li>
 *   <li>created for candidate groups or users: every member of each group and every candidate user
 *   ({@code task-group});</li>
 *   <li>assigned later (by a moderator in Tasklist, a delegation, a listener): the new assignee ({@code task-assigned}).</li>
 * </ul>
 * Nobody is mailed about what they did themselves: claiming a task, or completing one that creates their next task.
 * A user gets one task mail per task at most, so a candidate who was told of a group task is not told again when it
 * is assigned to them, and the assignment event that follows the creation of an assigned task adds nothing.
 */
@Component
class TaskNotifications {

  static final String TEMPLATE_ASSIGNED = "task-assigned";
  static final String TEMPLATE_GROUP = "task-group";

  private static final Logger log = LoggerFactory.getLogger(TaskNotifications.class);

  private final NotificationService notifications;
  private final TaskMails mails;
  private final NotificationProperties properties;

  TaskNotifications(NotificationService notifications, TaskMails mails, NotificationProperties properties) {
    this.notifications = notifications;
    this.mails = mails;
    this.properties = properties;
  }

  @EventListener
  void on(DelegateTask task) {
    String event = task.getEventName();
    if (!TaskListener.EVENTNAME_CREATE.equals(event) && !TaskListener.EVENTNAME_ASSIGNMENT.equals(event)) {
      return;
    }
    try {
      if (TaskListener.EVENTNAME_CREATE.equals(event)) {
        created(task);
      } else {
        assigned(task);
      }
    } catch (RuntimeException e) {
      if (properties.strict()) {
        throw e;
      }
      // a mail that cannot be queued must not cost the user the work of this transaction
      log.error("Task {} ({}): notification not queued", task.getId(), event, e);
    }
  }

  private void created(DelegateTask task) {
    String actor = actor(task);
    if (task.getAssignee() != null) {
      mailAssignee(task, actor);
      return;
    }
    Set<String> groups = new LinkedHashSet<>();
    Set<String> users = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      } else if (link.getUserId() != null) {
        users.add(link.getUserId());
      }
    }
    for (String group : groups) {
      Set<String> members = new LinkedHashSet<>(notifications.members(group));
      members.remove(actor);
      Map<String, Object> model = model(task);
      model.put("groupName", mails.groupName(group));
      notifications.notifyUsers(members, Notifications.Kind.TASK, TEMPLATE_GROUP, model);
    }
    users.remove(actor);
    if (!users.isEmpty()) {
      Map<String, Object> model = model(task);
      model.put("groupName", "кандидаты задачи");
      notifications.notifyUsers(users, Notifications.Kind.TASK, TEMPLATE_GROUP, model);
    }
  }

  private void assigned(DelegateTask task) {
    if (task.getAssignee() != null) {
      mailAssignee(task, actor(task));
    }
  }

  private void mailAssignee(DelegateTask task, String actor) {
    if (Objects.equals(task.getAssignee(), actor)) {
      return;
    }
    notifications.notifyUsers(Set.of(task.getAssignee()), Notifications.Kind.TASK, TEMPLATE_ASSIGNED, model(task));
  }

  private Map<String, Object> model(DelegateTask task) {
    String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    return mails.model(task.getId(), task.getName(), task.getProcessDefinitionId(), businessKey, task.getDueDate());
  }

  private static String actor(DelegateTask task) {
    var user = EngineUsers.current(task);
    return user == null ? null : user.id();
  }
}
