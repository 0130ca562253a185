package ru.smarteka.workflow.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.system.ConflictException;

/**
 * A task someone has taken is completed by them: a colleague of the same candidate group (who may still complete it
 * through the engine REST API) is refused, whatever the process, so every step may take the task's assignee as the
 * person who acted. Administrators may complete anyone's task. Runs for every task of every process (the Spring Boot
 * starter publishes each task event, {@code camunda.bpm.eventing.task}), in the completing transaction.
 */
@Component
class TaskCompletionGuard {

  @EventListener(condition = "#task.eventName == 'complete'")
  void onComplete(DelegateTask task) {
    CurrentUser user = EngineUsers.current(task);
    String assignee = task.getAssignee();
    if (user != null && assignee != null && !assignee.equals(user.id()) && !user.isAdmin()) {
      throw new ConflictException("Задачу «" + task.getName() + "» выполняет другой пользователь (" + assignee
          + "): её нельзя завершить за него");
    }
  }

}
