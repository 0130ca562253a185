package ru.smarteka.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.engine.EngineAsUser;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.support.IntegrationTest;

/**
 * What an end user may not do through the engine REST API, whatever their role: start the application's internal
 * processes, or operate on running instances (modify, change variables, correlate messages, run or change jobs,
 * restart, delete, suspend, reassign). Only administrators (and the application itself) may.
 */
@IntegrationTest
class EngineDoorTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;

  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;

  /** An Amur practice waiting for the preliminary check: a running publication with a moderator task. */
  ProcessInstance publication;
  Task check;

  @BeforeEach
  void submitAPractice() {
    CurrentUser official = EngineAsUser.user(identityService, "official28");
    long id = practices.create(official, Passports.completeData("28", "Практика под атакой")).id();
    documents.upload(official, id, "act.pdf", Passports.PDF);
    EngineAsUser.run(identityService, "official28", () -> publications.submit(official, id, null));
    publication = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(BusinessKeys.practice(id))
        .processDefinitionKey("practice-publication").singleResult();
    check = taskService.createTaskQuery().processInstanceId(publication.getId()).singleResult();
  }

  @ParameterizedTest
  @CsvSource({
      "official28, quarterly-report-launch", "coordinator28, quarterly-report-launch",
      "moderator1, quarterly-report-launch", "secretary28, quarterly-report-launch",
      "official28, notification-delivery", "coordinator28, notification-delivery",
      "moderator1, notification-delivery", "expert1, notification-delivery",
      // a federal round is opened through our API (moderators); its practices' reviews are called by the round
      "moderator1, federal-approval-round", "minzdrav, federal-approval-round", "demo, federal-approval-round",
      "minzdrav, federal-practice-review", "gs-health, federal-practice-review", "demo, federal-practice-review"})
  void nobodyButTheApplicationStartsItsInternalProcesses(String user, String process) {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(process).count()
        + historyService.createHistoricProcessInstanceQuery().processDefinitionKey(process).count();

    ResponseEntity<String> answer = Api.as(port, user).postJson(
        "/engine-rest/process-definition/key/" + process + "/start", "{\"businessKey\": \"1\"}");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(process).count()
        + historyService.createHistoricProcessInstanceQuery().processDefinitionKey(process).count())
        .isEqualTo(before);
  }

  @ParameterizedTest
  @CsvSource({"official28, practice-replication",
      "coordinator28, quarterly-report", "official72, practice-replication"})
  void usersMayStartTheProcessesMeantForThem(String user, String process) {
    ResponseEntity<String> startable = Api.as(port, user)
        .get("/engine-rest/process-definition?latest=true&startablePermissionCheck=true&startableInTasklist=true");
    assertThat(startable.getBody()).contains("\"key\":\"" + process + "\"")
        .doesNotContain("notification-delivery", "quarterly-report-launch", "federal-approval-round",
            "federal-practice-review", "practice-publication");
  }

  @ParameterizedTest
  @ValueSource(strings = {"official28", "secretary28", "coordinator28", "expert1", "editor"})
  void endUsersCannotOperateOnRunningInstances(String user) {
    Api api = Api.as(port, user);
    String instance = "/engine-rest/process-instance/" + publication.getId();
    Job timerOrAny = managementService.createJobQuery().list().stream().findFirst().orElse(null);

    assertForbidden(api.postJson(instance + "/modification",
        "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_PublishPractice\"}]}"));
    assertForbidden(api.putJson(instance + "/variables/practiceId", "{\"value\": 1, \"type\": \"Long\"}", h -> { }));
    assertForbidden(api.postJson(instance + "/variables",
        "{\"modifications\": {\"regionCode\": {\"value\": \"72\"}}}"));
    assertForbidden(api.putJson(instance + "/suspended", "{\"suspended\": true}", h -> { }));
    assertForbidden(api.delete(instance));
    assertForbidden(api.postJson("/engine-rest/message", """
        {"messageName": "PracticeWithdrawalRequested", "processInstanceId": "%s",
         "processVariables": {"withdrawalReason": {"value": "подделка"}}}""".formatted(publication.getId())));
    assertForbidden(api.postJson("/engine-rest/process-instance/delete",
        "{\"processInstanceIds\": [\"" + publication.getId() + "\"], \"deleteReason\": \"x\"}"));
    assertForbidden(api.postJson("/engine-rest/modification/execute", """
        {"processDefinitionId": "%s", "processInstanceIds": ["%s"],
         "instructions": [{"type": "startBeforeActivity", "activityId": "Task_PublishPractice"}]}"""
        .formatted(publication.getProcessDefinitionId(), publication.getId())));
    assertForbidden(api.postJson("/engine-rest/task/" + check.getId() + "/assignee", "{\"userId\": \"" + user + "\"}"));
    assertForbidden(api.postJson("/engine-rest/task/" + check.getId() + "/delegate", "{\"userId\": \"" + user + "\"}"));
    assertForbidden(api.postJson("/engine-rest/task/create", "{\"name\": \"Своя задача\"}"));
    if (timerOrAny != null) {
      assertForbidden(api.postJson("/engine-rest/job/" + timerOrAny.getId() + "/execute", "{}"));
      assertForbidden(api.putJson("/engine-rest/job/" + timerOrAny.getId() + "/retries", "{\"retries\": 5}", h -> { }));
      assertForbidden(api.putJson("/engine-rest/job/" + timerOrAny.getId() + "/duedate",
          "{\"duedate\": \"2000-01-01T00:00:00.000+0000\"}", h -> { }));
    }
    assertForbidden(api.postJson("/engine-rest/process-definition/" + publication.getProcessDefinitionId()
        + "/restart", "{\"processInstanceIds\": [\"" + publication.getId() + "\"], \"instructions\": "
        + "[{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_PublishPractice\"}]}"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(publication.getId()).singleResult()
        .isSuspended()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"official28", "moderator1", "auditor"})
  void endUsersCannotRunOrRescheduleTheEnginesOwnJobs(String user) {
    // the nightly history cleanup belongs to no process: no authorization covers it, the engine door's guard does
    List<Job> cleanup = historyService.findHistoryCleanupJobs();
    assertThat(cleanup).as("the history cleanup is scheduled in its night window").isNotEmpty();
    Job job = cleanup.get(0);
    String path = "/engine-rest/job/" + job.getId();
    Api api = Api.as(port, user);
    assertForbidden(api.postJson(path + "/execute", "{}"));
    assertForbidden(api.putJson(path + "/retries", "{\"retries\": 0}", h -> { }));
    assertForbidden(api.putJson(path + "/duedate", "{\"duedate\": \"2000-01-01T00:00:00.000+0000\"}", h -> { }));
    assertForbidden(api.putJson(path + "/suspended", "{\"suspended\": true}", h -> { }));
    assertForbidden(api.postJson("/engine-rest/job/retries",
        "{\"jobIds\": [\"" + job.getId() + "\"], \"retries\": 0}"));
    assertForbidden(api.putJson("/engine-rest/job-definition/suspended",
        "{\"processDefinitionKey\": \"practice-publication\", \"suspended\": true}", h -> { }));
    Job after = managementService.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(after.getDuedate()).isEqualTo(job.getDuedate());
    assertThat(after.getRetries()).isEqualTo(job.getRetries());
    assertThat(after.isSuspended()).isFalse();
    // reading stays what the authorizations allow
    assertThat(api.get("/engine-rest/job?processInstanceId=" + publication.getId()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"moderator1", "official28", "secretary28"})
  void usersCannotWriteVariablesOfTasksTheyWorkOn(String user) {
    // moderator1 works on the check; the others are not even candidates
    Api api = Api.as(port, user);
    assertForbidden(api.putJson("/engine-rest/task/" + check.getId() + "/variables/practiceId",
        "{\"value\": 1, \"type\": \"Long\"}", h -> { }));
    assertForbidden(api.putJson("/engine-rest/task/" + check.getId() + "/localVariables/practiceTitle",
        "{\"value\": \"подмена\"}", h -> { }));
    assertThat(taskService.getVariableLocal(check.getId(), "practiceTitle")).isNotEqualTo("подмена");
  }

  @Test
  void anAdministratorMayStillOperate() {
    Api admin = Api.as(port, "demo");
    assertThat(admin.get("/engine-rest/process-instance/" + publication.getId() + "/variables").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(admin.get("/engine-rest/job?processInstanceId=" + publication.getId()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  static void assertForbidden(ResponseEntity<String> answer) {
    assertThat(List.of(HttpStatus.FORBIDDEN.value(), HttpStatus.UNAUTHORIZED.value()))
        .as(answer.getBody()).contains(answer.getStatusCode().value());
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
