package ru.smarteka.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.smarteka.workflow.reporting.QuarterlyReportProcess.*;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Workflows;

/**
 * The quarterly report attacked through the engine REST API: officials starting it, a start past its checks, a body's
 * part submitted for another body, report or region. Amur's reports of 2019 are these tests' own.
 */
@IntegrationTest
class QuarterlyReportAttackTests {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired QuarterlyReportService reports;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  Workflows flows;

  @BeforeEach
  void setUp() {
    flows = new Workflows(engine);
  }

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  ProcessInstance started(int quarter) {
    String key = flows.as("coordinator28", () -> reports.start(flows.user("coordinator28"), "28",
        new ReportPeriod(2019, quarter)));
    return flows.instance(KEY, key);
  }

  static String startBody(int quarter, String extra) {
    return """
        {"variables": {"regionCode": {"value": "28"}, "reportYear": {"value": 2019, "type": "Long"},
          "quarter": {"value": %d, "type": "Long"}}%s}""".formatted(quarter, extra);
  }

  @Test
  void anOfficialCannotStartTheReport() {
    ResponseEntity<String> answer = Api.as(port, "official28").postJson(
        "/engine-rest/process-definition/key/" + KEY + "/start", startBody(1, ""));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("28-2019-Q1").count()).isZero();
  }

  @Test
  void theCoordinatorCannotStartTheReportPastItsChecks() {
    ResponseEntity<String> answer = Api.as(port, "coordinator28").postJson(
        "/engine-rest/process-definition/key/" + KEY + "/start",
        startBody(2, ", \"startInstructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_GenerateReport\"}]"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aBodysPartIsRecordedForTheBodyOfItsTaskOnly() {
    ProcessInstance pi = started(3);
    ProcessInstance other = started(4);
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_SUBMIT_BODY_REPORT).list();
    Task own = tasks.get(0);
    Task neighbour = tasks.get(1);
    Object neighbourBody = runtimeService.getVariable(neighbour.getExecutionId(), VAR_BODY_ID);
    Api official = Api.as(port, "official28");
    official.postJson("/engine-rest/task/" + own.getId() + "/claim", "{\"userId\": \"official28\"}");

    ResponseEntity<String> answer = official.postJson("/engine-rest/task/" + own.getId() + "/submit-form", """
        {"variables": {"confirmReport": {"value": true},
          "bodyId": {"value": "%s"}, "reportId": {"value": %s, "type": "Long"}, "regionCode": {"value": "72"}}}"""
        .formatted(neighbourBody, reportId(other)));

    assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
    assertThat(submittedParts(pi)).isEqualTo(1);
    assertThat(submittedParts(other)).isZero();
    assertThat(taskService.createTaskQuery().taskId(neighbour.getId()).count()).isOne();
    assertThat(reports.missingBodies(reportId(pi))).hasSize(tasks.size() - 1)
        .doesNotContain(own.getName().replace("Представить сведения: ", ""));
  }

  long reportId(ProcessInstance pi) {
    return jdbc.queryForObject("select id from quarterly_report where region_code = ? and report_year = ? and quarter = ?",
        Long.class, "28", 2019, Integer.parseInt(pi.getBusinessKey().substring(pi.getBusinessKey().length() - 1)));
  }

  int submittedParts(ProcessInstance pi) {
    return jdbc.queryForObject("select count(*) from quarterly_body_report where report_id = ?", Integer.class, reportId(pi));
  }
}
