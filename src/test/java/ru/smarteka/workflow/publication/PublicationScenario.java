package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.support.Passports;

/**
 * Drives the publication process as its users do: each step runs authenticated as the demo user who does it, so the
 * engine's authorizations and our listeners see the real actor.
 */
class PublicationScenario {

  final PracticeService practices;
  final PracticeDocuments documents;
  final PublicationService publications;
  final RuntimeService runtimeService;
  final TaskService taskService;
  final ManagementService managementService;
  final IdentityService identityService;
  final FormService formService;
  final HistoryService historyService;

  PublicationScenario(PracticeService practices, PracticeDocuments documents, PublicationService publications,
      RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
      IdentityService identityService, FormService formService, HistoryService historyService) {
    this.formService = formService;
    this.historyService = historyService;
    this.practices = practices;
    this.documents = documents;
    this.publications = publications;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.identityService = identityService;
  }

  CurrentUser user(String id) {
    List<String> groups = identityService.createGroupQuery().groupMember(id).list().stream().map(Group::getId)
        .toList();
    return CurrentUser.of(id, groups);
  }

  /** Runs {@code work} as the user, as Tasklist or our API would: the engine sees who acts. */
  <T> T as(String userId, Supplier<T> work) {
    CurrentUser user = user(userId);
    identityService.setAuthentication(user.id(), List.copyOf(user.groups()));
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  void as(String userId, Runnable work) {
    as(userId, () -> {
      work.run();
      return null;
    });
  }

  /** A complete passport of the region with one supporting document, still a draft. */
  long draft(String official, String region, String title) {
    CurrentUser user = user(official);
    long id = practices.create(user, Passports.completeData(region, title)).id();
    documents.upload(user, id, "Приказ о внедрении.pdf", Passports.PDF);
    return id;
  }

  ProcessInstance submit(String official, long practiceId) {
    as(official, () -> publications.submit(user(official), practiceId, null));
    return instance(practiceId);
  }

  /** The practice's publication instance, running or ended (null if none was started). */
  ProcessInstance instance(long practiceId) {
    ProcessInstance running = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(String.valueOf(practiceId)).singleResult();
    if (running != null) {
      return running;
    }
    var ended = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(String.valueOf(practiceId)).singleResult();
    return ended == null ? null : new EndedInstance(ended);
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).toList();
  }

  /** An instance that ended within the call that started it, seen through its history. */
  record EndedInstance(org.camunda.bpm.engine.history.HistoricProcessInstance history) implements ProcessInstance {
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

  Task task(ProcessInstance pi, String taskKey) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).list();
    if (tasks.size() != 1) {
      throw new AssertionError("Expected one " + taskKey + ", found " + tasks.size());
    }
    return tasks.get(0);
  }

  List<Task> tasks(ProcessInstance pi, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
        .orderByTaskAssignee().asc().list();
  }

  /** Claims the task if nobody has, and submits its form as the user, as Tasklist does. */
  void complete(String userId, Task task, Map<String, Object> form) {
    as(userId, () -> {
      if (task.getAssignee() == null) {
        taskService.claim(task.getId(), userId);
      }
      formService.submitTaskForm(task.getId(), form);
    });
  }

  void check(ProcessInstance pi, String decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put("checkDecision", decision);
    form.put("checkComment", comment);
    complete("moderator1", task(pi, TASK_PRELIMINARY_CHECK), form);
  }

  void assignExperts(ProcessInstance pi, String expertIds) {
    complete("moderator1", task(pi, TASK_ASSIGN_EXPERTS), Map.of("expertIds", expertIds));
  }

  void assess(ProcessInstance pi, String expert, int score) {
    assess(pi, expert, score, score);
  }

  /** The expert's seven scores: {@code score} each, except measurable results which gets {@code weakest}. */
  void assess(ProcessInstance pi, String expert, int score, int weakest) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_EXPERT_ASSESSMENT)
        .taskAssignee(expert).singleResult();
    Map<String, Object> form = new HashMap<>();
    for (String field : RecordAssessmentListener.SCORE_FIELDS) {
      form.put(field, (long) score);
    }
    form.put("scoreMeasurableResults", (long) weakest);
    form.put("assessmentComment", "Практика проработана, результаты подтверждены документами.");
    as(expert, () -> formService.submitTaskForm(task.getId(), form));
  }

  void confirm(ProcessInstance pi, String secretary, String decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put("confirmationDecision", decision);
    form.put("confirmationComment", comment);
    complete(secretary, task(pi, TASK_REGIONAL_CONFIRMATION), form);
  }

  void copyEdit(ProcessInstance pi) {
    Map<String, Object> form = new HashMap<>();
    form.put("editedTitle", "Выездные врачебные бригады в сёлах Приамурья");
    form.put("editedProblem", "Жители отдалённых сёл ждут приёма врача до двух недель.");
    form.put("editedSolution", "Выездные бригады и единая запись через портал.");
    form.put("editedResults", "Ожидание сократилось с 14 до 3 дней.");
    form.put("editedEffect", "Доступность первичной помощи выросла вдвое.");
    form.put("editorNote", "Сокращено и выровнено по стилю каталога");
    complete("editor", task(pi, TASK_COPY_EDITING), form);
  }

  void fireTimer(ProcessInstance pi, String boundaryEventId) {
    List<Job> timers = managementService.createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(boundaryEventId).list();
    if (timers.isEmpty()) {
      throw new AssertionError("No timer " + boundaryEventId);
    }
    managementService.executeJob(timers.get(0).getId());
  }
}
