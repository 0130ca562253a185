package ru.smarteka.workflow.support;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.system.InvalidInputException;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import ru.smarteka.workflow.engine.EngineAsUser;
import ru.smarteka.workflow.identity.CurrentUser;

/**
 * Drives a process as its users do: each step authenticated to the engine as the demo user who does it, forms
 * submitted as Tasklist submits them, timers fired as the job executor would.
 */
public class Workflows {

  private final IdentityService identityService;
  private final TaskService taskService;
  private final FormService formService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final ManagementService managementService;

  private ProcessEngine engine;

  public Workflows(ProcessEngine engine) {
    this(engine.getRuntimeService(), engine.getTaskService(), engine.getManagementService(),
        engine.getIdentityService(), engine.getFormService(), engine.getHistoryService());
    this.engine = engine;
  }

  /** The engine, when these flows were made from it. */
  public ProcessEngine engine() {
    if (engine == null) {
      throw new IllegalStateException("Workflows made from the engine's services, not the engine");
    }
    return engine;
  }

  public Workflows(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
      IdentityService identityService, FormService formService, HistoryService historyService) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.formService = formService;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.managementService = managementService;
  }

  public CurrentUser user(String id) {
    return EngineAsUser.user(identityService, id);
  }

  public <T> T as(String userId, Supplier<T> work) {
    return EngineAsUser.run(identityService, userId, work);
  }

  public void as(String userId, Runnable work) {
    as(userId, () -> {
      work.run();
      return null;
    });
  }

  /**
   * The instance of the process with this business key, running or ended (null if none was started); a case's number
   * (a practice's or a request's id, a mail batch) stands for the key the application gives it ({@link BusinessKeys}).
   */
  public ProcessInstance instance(String processKey, Object businessKey) {
    String key = keyOf(processKey, businessKey);
    ProcessInstance running = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(key).singleResult();
    if (running != null) {
      return running;
    }
    HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).processInstanceBusinessKey(key).singleResult();
    return ended == null ? null : new EndedInstance(ended);
  }

  static String keyOf(String processKey, Object businessKey) {
    String key = String.valueOf(businessKey);
    if (!(businessKey instanceof Number) && !key.chars().allMatch(Character::isDigit)) {
      return key;
    }
    long id = Long.parseLong(key);
    return switch (processKey) {
      case "practice-publication" -> BusinessKeys.practice(id);
      case "practice-replication" -> BusinessKeys.replication(id);
      case "notification-delivery" -> BusinessKeys.mail(id);
      case "federal-approval-round" -> BusinessKeys.federalRound(id);
      case "federal-practice-review" -> BusinessKeys.federalReview(id);
      default -> key;
    };
  }

  public Task task(ProcessInstance pi, String taskKey) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).list();
    if (tasks.size() != 1) {
      throw new AssertionError("Expected one " + taskKey + ", found " + tasks.size());
    }
    return tasks.get(0);
  }

  /** Claims the task if nobody has, and submits its form as the user, as Tasklist does. */
  public void submit(String userId, Task task, Map<String, Object> form) {
    as(userId, () -> {
      if (task.getAssignee() == null) {
        taskService.claim(task.getId(), userId);
      }
      formService.submitTaskForm(task.getId(), form);
    });
  }

  public void submit(String userId, ProcessInstance pi, String taskKey, Map<String, Object> form) {
    submit(userId, task(pi, taskKey), form);
  }

  public void fireTimer(ProcessInstance pi, String timerEventId) {
    List<Job> timers = managementService.createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(timerEventId).list();
    if (timers.isEmpty()) {
      throw new AssertionError("No timer " + timerEventId);
    }
    managementService.executeJob(timers.get(0).getId());
  }

  public List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).toList();
  }

  /** The business refusal a listener threw, whether or not the engine wrapped it. */
  public static InvalidInputException refusal(ThrowingCallable call) {
    Throwable thrown = Assertions.catchThrowable(call);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return invalid;
      }
    }
    throw new AssertionError("Expected a refusal, got " + thrown, thrown);
  }

  /** An instance that ended, seen through its history. */
  record EndedInstance(HistoricProcessInstance history) implements ProcessInstance {
    public String getId() { return history.getId(); }
    public String getProcessInstanceId() { return history.getId(); }
    public String getRootProcessInstanceId() { return history.getRootProcessInstanceId(); }
    public String getProcessDefinitionId() { return history.getProcessDefinitionId(); }
    public String getProcessDefinitionKey() { return history.getProcessDefinitionKey(); }
    public String getBusinessKey() { return history.getBusinessKey(); }
    public String getCaseInstanceId() { return history.getCaseInstanceId(); }
    public String getTenantId() { return history.getTenantId(); }
    public boolean isSuspended() { return false; }
    public boolean isEnded() { return true; }
  }
}
