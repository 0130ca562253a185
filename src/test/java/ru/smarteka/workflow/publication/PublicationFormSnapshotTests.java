package ru.smarteka.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.engine.EngineAsUser;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.support.WebappSession;

/**
 * What a publication task's form shows of the passport is read from our tables when the form is opened (Tasklist's
 * {@code form-variables}), on both engine doors, to those who may read the task only; the task itself stores none
 * of it (issue 12, lever 3: no variable, history and detail rows per shown field and task).
 */
@IntegrationTest
class PublicationFormSnapshotTests {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  long practiceId;
  Task check;

  @BeforeEach
  void submitAPractice() {
    CurrentUser official = EngineAsUser.user(identityService, "official28");
    practiceId = practices.create(official, Passports.completeData("28", "Снимок паспорта в форме")).id();
    documents.upload(official, practiceId, "act.pdf", Passports.PDF);
    EngineAsUser.run(identityService, "official28", () -> publications.submit(official, practiceId, null));
    ProcessInstance publication = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(BusinessKeys.practice(practiceId)).singleResult();
    check = taskService.createTaskQuery().processInstanceId(publication.getId()).singleResult();
  }

  @Test
  void theModeratorsFormShowsThePassportThoughTheTaskStoresNoneOfIt() throws Exception {
    JsonNode shown = JSON.readTree(Api.as(port, "moderator1")
        .get("/engine-rest/task/" + check.getId() + "/form-variables").getBody());
    assertThat(shown.path("practiceTitle").path("value").asText()).isEqualTo("Снимок паспорта в форме");
    assertThat(shown.path("practiceTitle").path("type").asText()).isEqualTo("String");
    assertThat(shown.path("practiceRegion").path("value").asText()).isEqualTo("Амурская область");
    assertThat(shown.path("practiceDocuments").path("value").asText()).contains("act.pdf");
    assertThat(shown.path("practiceHistory").path("value").asText()).containsIgnoringCase("подана");
    assertThat(shown.path("revisionRound").path("value").asInt(-1)).isZero();
    assertThat(shown.path("revisionRound").path("type").asText()).isEqualTo("Integer");

    // the task keeps only what Tasklist's cards show (read with the task list): the practice and its region
    assertThat(taskService.getVariablesLocal(check.getId())).containsKeys("practiceTitle", "practiceRegion")
        .doesNotContainKeys("practiceCategory", "practiceLevel", "practiceOrganisation", "practiceProblem",
            "practiceSolution", "practiceResults", "practiceDocuments", "practiceHistory", "revisionRound");
  }

  @Test
  void tasklistReadsTheSameThroughTheWebappsDoor() throws Exception {
    WebappSession tasklist = WebappSession.loggedIn(port, "tasklist", "moderator1");
    var answer = tasklist.get(WebappSession.ENGINE_API + "/task/" + check.getId() + "/form-variables");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(answer.body()).path("practiceProblem").path("value").asText()).isNotBlank();
  }

  @Test
  void theFormShowsThePassportAsItIsWhenOpenedNotAsItWasWhenTheTaskWasCreated() throws Exception {
    // as a moderator's correction would leave it in our tables
    jdbc.update("update practice set title = ? where id = ?", "Новое название", practiceId);
    JsonNode shown = JSON.readTree(Api.as(port, "moderator1")
        .get("/engine-rest/task/" + check.getId() + "/form-variables").getBody());
    assertThat(shown.path("practiceTitle").path("value").asText()).isEqualTo("Новое название");
  }

  @Test
  void namesAskedForLimitTheAnswer() throws Exception {
    JsonNode shown = JSON.readTree(Api.as(port, "moderator1")
        .get("/engine-rest/task/" + check.getId() + "/form-variables?variableNames=practiceTitle").getBody());
    assertThat(shown.has("practiceTitle")).isTrue();
    assertThat(shown.has("practiceProblem")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"official72", "expert1", "secretary28"})
  void whoMayNotReadTheTaskSeesNothingOfThePassport(String user) {
    ResponseEntity<String> answer = Api.as(port, user).get("/engine-rest/task/" + check.getId() + "/form-variables");
    assertThat(answer.getStatusCode().is4xxClientError()).isTrue();
    assertThat(answer.getBody()).doesNotContain("Снимок паспорта");
  }
}
