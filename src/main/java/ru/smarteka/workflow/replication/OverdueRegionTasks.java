package ru.smarteka.workflow.replication;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.identity.Groups;

/**
 * Which replication tasks are overdue and whom that escalates to: an open task of {@code practice-replication} past
 * its due date that waits for the recipient region's officials (theirs to claim, or claimed by one of them) goes to
 * the replication's moderator ({@link ReplicationTaskOverdue}). A task without a moderator yet escalates to nobody.
 */
@Component
class OverdueRegionTasks {

  private final TaskService taskService;
  private final IdentityService identityService;
  private final ReplicationLookup lookup;
  private final ApplicationEventPublisher publisher;

  OverdueRegionTasks(TaskService taskService, IdentityService identityService, ReplicationLookup lookup,
      ApplicationEventPublisher publisher) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.lookup = lookup;
    this.publisher = publisher;
  }

  /** Escalates every region task overdue at {@code now}; how many. */
  int escalate(Instant now) {
    List<Task> overdue = taskService.createTaskQuery().processDefinitionKey(ReplicationProcess.KEY).active()
        .dueBefore(Date.from(now)).list();
    int escalated = 0;
    for (Task task : overdue) {
      ReplicationRequest request = lookup.ranBy(task.getProcessInstanceId()).orElse(null);
      if (request == null || request.moderatorId() == null
          || !waitsForRegion(task, Groups.officialsOf(request.recipientRegion()))) {
        continue;
      }
      publisher.publishEvent(new ReplicationTaskOverdue(request.id(), request.recipientRegion(),
          request.moderatorId(), task.getId(), task.getName(), task.getProcessDefinitionId(),
          task.getDueDate().toInstant()));
      escalated++;
    }
    return escalated;
  }

  private boolean waitsForRegion(Task task, String officialsGroup) {
    if (task.getAssignee() != null) {
      return identityService.createUserQuery().userId(task.getAssignee()).memberOfGroup(officialsGroup).count() > 0;
    }
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && officialsGroup.equals(l.getGroupId()));
  }
}
