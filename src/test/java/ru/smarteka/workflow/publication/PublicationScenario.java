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
import ru.smarteka.workflow.support.Workflows;

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
  final Workflows flows;

  PublicationScenario(PracticeService practices, PracticeDocuments documents, PublicationService publications,
      RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
      IdentityService identityService, FormService formService, HistoryService historyService) {
    this.formService = formService;
    this.historyService = historyService;
    this.flows = new Workflows(runtimeService, taskService, managementService, identityService, formService,
        historyService);
    this.practices = practices;
    this.documents = documents;
    this.publications = publications;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.identityService = identityService;
  }

  CurrentUser user(String id) {
    return flows.user(id);
  }

  /**
   * An official of the Jewish Autonomous Region (79), which meets no condition in the demo ratings: not a demo user,
   * added once for the suite.
   */
  static void ensureOfficial79(IdentityService identityService) {
    if (identityService.createUserQuery().userId("official79").count() == 0) {
      var user = identityService.newUser("official79");
      user.setFirstName("Ирина");
      user.setLastName("Ким");
      user.setPassword("official79");
      identityService.saveUser(user);
      identityService.createMembership("official79", "region-79-officials");
    }
  }

  <T> T as(String userId, Supplier<T> work) {
    return flows.as(userId, work);
  }

  void as(String userId, Runnable work) {
    flows.as(userId, work);
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

  ProcessInstance instance(long practiceId) {
    return flows.instance(KEY, practiceId);
  }

  List<String> candidateGroups(Task task) {
    return flows.candidateGroups(task);
  }

  Task task(ProcessInstance pi, String taskKey) {
    return flows.task(pi, taskKey);
  }

  List<Task> tasks(ProcessInstance pi, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
        .orderByTaskAssignee().asc().list();
  }

  void complete(String userId, Task task, Map<String, Object> form) {
    flows.submit(userId, task, form);
  }

  void check(ProcessInstance pi, String decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put("checkDecision", decision);
    form.put("checkComment", comment);
    complete("moderator1", task(pi, TASK_PRELIMINARY_CHECK), form);
  }

  void assignExperts(ProcessInstance pi, String expertIds) {
    complete("moderator1", task(pi, TASK_ASSIGN_EXPERTS),
        Map.of(PublicationForms.ASSIGNMENT_DECISION, ASSIGN, "expertIds", expertIds));
  }

  void assess(ProcessInstance pi, String expert, int score) {
    assess(pi, expert, score, score);
  }

  /** The expert's seven scores: {@code score} each, except measurable results which gets {@code weakest}. */
  void assess(ProcessInstance pi, String expert, int score, int weakest) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_EXPERT_ASSESSMENT)
        .taskAssignee(expert).singleResult();
    Map<String, Object> form = new HashMap<>();
    for (String field : PublicationForms.SCORES) {
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
    flows.fireTimer(pi, boundaryEventId);
  }
}
