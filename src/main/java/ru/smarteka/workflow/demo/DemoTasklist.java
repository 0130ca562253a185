package ru.smarteka.workflow.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineAsUser;
import ru.smarteka.workflow.identity.CurrentUser;

/** A demo user at work: logged in to the engine, finding a case's task, claiming it and submitting its form. */
@Component
@Profile("demo")
class DemoTasklist {

  private final IdentityService identityService;
  private final TaskService taskService;
  private final FormService formService;

  DemoTasklist(IdentityService identityService, TaskService taskService, FormService formService) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.formService = formService;
  }

  /** The work done as the user (authenticated to the engine, with their groups). */
  <T> T as(String userId, Function<CurrentUser, T> work) {
    return EngineAsUser.run(identityService, userId, () -> work.apply(EngineAsUser.user(identityService, userId)));
  }

  CurrentUser user(String userId) {
    return EngineAsUser.user(identityService, userId);
  }

  /** The open tasks of this kind of the case (the business key) in the process. */
  List<Task> tasks(String processKey, String businessKey, String taskKey) {
    return taskService.createTaskQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey).list();
  }

  /** Claims the task as the user and submits its form (prefilled fields as they are). */
  void claimAndSubmit(String userId, Task task, Map<String, Object> form) {
    as(userId, user -> {
      taskService.claim(task.getId(), userId);
      formService.submitTaskForm(task.getId(), form);
      return null;
    });
  }

  /** Submits the form of a task assigned to the user. */
  void submit(String userId, Task task, Map<String, Object> form) {
    as(userId, user -> {
      formService.submitTaskForm(task.getId(), form);
      return null;
    });
  }
}
