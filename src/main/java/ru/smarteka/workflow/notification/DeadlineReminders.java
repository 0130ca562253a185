package ru.smarteka.workflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.smarteka.workflow.engine.EngineAsApplication;

/**
 * The deadline job ({@link ReminderSchedule} runs it on every node; tests call it). It runs on one node at a time:
 * {@link #run()} first takes the database lock {@value #LOCK} (a {@code shedlock} row, see
 * {@link NotificationConfiguration#deadlineJobLock}); a node that finds it taken does nothing this time.
 * Every open task due within {@code smarteka.notification.reminder-before} (or already overdue) reminds its
 * assignee, else its candidates, once per task and user ({@code task-reminder}); users who turned reminders off get
 * none. Escalations are their process's own: overdue expert assessments go back to the moderators in the model,
 * overdue region tasks of replications to their moderators by the replication module's job
 * ({@link ReplicationEscalationMails}).
 */
@Service
public class DeadlineReminders {

  static final String TEMPLATE_REMINDER = "task-reminder";
  static final String LOCK = "notification-deadline-job";

  private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final NotificationService notifications;
  private final TaskMails mails;
  private final Links links;
  private final NotificationProperties properties;
  private final Clock clock;
  private final LockProvider locks;
  private final TransactionTemplate transaction;

  DeadlineReminders(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
      NotificationService notifications, TaskMails mails, Links links, NotificationProperties properties,
      Clock clock, LockProvider locks, PlatformTransactionManager transactions) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.notifications = notifications;
    this.mails = mails;
    this.links = links;
    this.properties = properties;
    this.clock = clock;
    this.locks = locks;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Reminders as of now, in one transaction, unless another node holds the job's lock.
   *
   * @return whether this call did the work
   */
  public boolean run() {
    Instant now = clock.instant();
    Optional<SimpleLock> lock = locks.lock(new LockConfiguration(now, LOCK, properties.reminderLockAtMost(),
        properties.reminderLockAtLeast()));
    if (lock.isEmpty()) {
      log.info("Deadline job not run: another node holds its lock");
      return false;
    }
    try {
      transaction.executeWithoutResult(status -> EngineAsApplication.run(identityService, () -> {
        remind(now);
        return null;
      }));
      return true;
    } finally {
      lock.get().unlock();
    }
  }

  private void remind(Instant now) {
    List<Task> due = taskService.createTaskQuery().active()
        .dueBefore(Date.from(now.plus(properties.reminderBefore()))).list();
    for (Task task : due) {
      Set<String> recipients = recipients(task);
      if (!recipients.isEmpty()) {
        notifications.notifyUsers(recipients, Notifications.Kind.REMINDER, TEMPLATE_REMINDER, model(task));
      }
    }
    log.debug("Deadline reminders: {} tasks due before {}", due.size(), now.plus(properties.reminderBefore()));
  }

  private Set<String> recipients(Task task) {
    if (task.getAssignee() != null) {
      return Set.of(task.getAssignee());
    }
    Set<String> groups = new LinkedHashSet<>();
    Set<String> users = new LinkedHashSet<>();
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        } else if (link.getUserId() != null) {
          users.add(link.getUserId());
        }
      }
    }
    return mails.candidates(groups, users);
  }

  private Map<String, Object> model(Task task) {
    String businessKey = task.getProcessInstanceId() == null ? null : runtimeService.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
    return mails.model(task.getId(), task.getName(), task.getProcessDefinitionId(), businessKey, task.getDueDate());
  }
}
