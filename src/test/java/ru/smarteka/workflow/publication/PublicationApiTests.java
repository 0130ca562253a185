package ru.smarteka.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Passports;

/** Submitting and withdrawing through our API, as the portal does, and each refusal of it. */
@IntegrationTest
class PublicationApiTests {

  @LocalServerPort
  int port;
  @Autowired
  ObjectMapper json;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  Api official28() {
    return Api.as(port, "official28");
  }

  JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  long completeDraft(String title) throws Exception {
    long id = body(official28().postJson("/api/practices", Passports.complete("28", title))).get("id").asLong();
    official28().upload("/api/practices/" + id + "/documents", "file", "act.pdf", Passports.PDF);
    return id;
  }

  long instanceCount(long practiceId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PublicationProcess.KEY)
        .processInstanceBusinessKey(BusinessKeys.practice(practiceId)).count();
  }

  @Test
  void submittingACompletePassportStartsItsPublication() throws Exception {
    long id = completeDraft("Подача через API");
    var submitted = official28().postJson("/api/practices/" + id + "/submit", "");
    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(body(submitted).get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(body(submitted).get("eligibilityGrounds").findValuesAsText("condition")).contains("QOL_TOP");
    assertThat(instanceCount(id)).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(BusinessKeys.practice(id))
        .taskDefinitionKey(PublicationProcess.TASK_PRELIMINARY_CHECK).count()).isEqualTo(1);

    var again = official28().postJson("/api/practices/" + id + "/submit", "");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(instanceCount(id)).isEqualTo(1);
  }

  @Test
  void incompletePassportIsRefusedWithTheMissingFieldsAndNothingStarts() throws Exception {
    long id = body(official28().postJson("/api/practices", Passports.draft("28", "Только название")))
        .get("id").asLong();
    var response = official28().postJson("/api/practices/" + id + "/submit", "");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> fields = new ArrayList<>();
    body(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("categoryCode", "problem", "authorTeam", "algorithm", "documents");
    assertThat(instanceCount(id)).isZero();
  }

  @Test
  void onlyTheRegionsOfficialsSubmitAndWithdraw() throws Exception {
    long id = completeDraft("Чужими руками");
    assertThat(Api.as(port, "official72").postJson("/api/practices/" + id + "/submit", "").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(port, "secretary28").postJson("/api/practices/" + id + "/submit", "").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(port, "moderator1").postJson("/api/practices/" + id + "/submit", "").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(instanceCount(id)).isZero();

    official28().postJson("/api/practices/" + id + "/submit", "");
    assertThat(Api.as(port, "moderator1").postJson("/api/practices/" + id + "/withdraw", "{\"reason\":\"x\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(instanceCount(id)).isEqualTo(1);
  }

  @Test
  void authorWithdrawsAPracticeUnderReviewWithAReason() throws Exception {
    long id = completeDraft("Отзыв через API");
    official28().postJson("/api/practices/" + id + "/submit", "");
    var noReason = official28().postJson("/api/practices/" + id + "/withdraw", "{\"reason\":\" \"}");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("reason");

    var withdrawn = official28().postJson("/api/practices/" + id + "/withdraw", "{\"reason\":\"Передумали\"}");
    assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(body(withdrawn).get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(instanceCount(id)).isZero();
    assertThat(official28().postJson("/api/practices/" + id + "/withdraw", "{\"reason\":\"ещё раз\"}")
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void draftCannotBeWithdrawn() throws Exception {
    long id = completeDraft("Черновик");
    assertThat(official28().postJson("/api/practices/" + id + "/withdraw", "{\"reason\":\"x\"}").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void returnedPassportIsEditedAndSentBackThroughTheApi() throws Exception {
    long id = completeDraft("Доработка через портал");
    official28().postJson("/api/practices/" + id + "/submit", "");
    var check = taskService.createTaskQuery().processInstanceBusinessKey(BusinessKeys.practice(id))
        .taskDefinitionKey(PublicationProcess.TASK_PRELIMINARY_CHECK).singleResult();
    var moderator = Api.as(port, "moderator1");
    assertThat(moderator.postJson("/engine-rest/task/" + check.getId() + "/claim", "{\"userId\":\"moderator1\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    var returned = moderator.postJson("/engine-rest/task/" + check.getId() + "/submit-form", """
        {"variables": {"checkDecision": {"value": "RETURN"}, "checkComment": {"value": "Уточните эффект"}}}""");
    assertThat(returned.getStatusCode()).as(returned.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    var read = official28().get("/api/practices/" + id);
    assertThat(body(read).get("status").asText()).isEqualTo("RETURNED_FOR_REVISION");
    String edited = Passports.complete("28", "Доработка через портал").replace("Доступность первичной помощи выросла вдвое",
        "Доступность первичной помощи выросла в 2,1 раза");
    assertThat(official28().putJson("/api/practices/" + id, edited, h -> h.setIfMatch(read.getHeaders().getETag()))
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    var resubmitted = official28().postJson("/api/practices/" + id + "/submit", "{\"revisionNote\":\"Уточнён эффект\"}");
    assertThat(resubmitted.getStatusCode()).as(resubmitted.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode practice = body(resubmitted);
    assertThat(practice.get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(practice.get("effect").asText()).isEqualTo("Доступность первичной помощи выросла в 2,1 раза");
    assertThat(practice.get("revisionRound").asInt()).isEqualTo(1);
  }

  @Test
  void refusalInsideATaskReachesTheEngineApiCaller() throws Exception {
    long id = completeDraft("Без причины через REST");
    official28().postJson("/api/practices/" + id + "/submit", "");
    var check = taskService.createTaskQuery().processInstanceBusinessKey(BusinessKeys.practice(id))
        .taskDefinitionKey(PublicationProcess.TASK_PRELIMINARY_CHECK).singleResult();
    var moderator = Api.as(port, "moderator1");
    moderator.postJson("/engine-rest/task/" + check.getId() + "/claim", "{\"userId\":\"moderator1\"}");
    var refused = moderator.postJson("/engine-rest/task/" + check.getId() + "/submit-form",
        "{\"variables\": {\"checkDecision\": {\"value\": \"REMOVE\"}}}");
    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(refused.getBody()).contains("checkComment", "укажите причину");
    assertThat(taskService.createTaskQuery().taskId(check.getId()).count()).isEqualTo(1);
  }

  /** Claims the user's task of the practice and submits its form over the engine REST API, as Tasklist does. */
  void work(String user, long practiceId, String taskKey, String variables) throws Exception {
    Api api = Api.as(port, user);
    JsonNode tasks = body(api.get("/engine-rest/task?processInstanceBusinessKey=" + BusinessKeys.practice(practiceId)
        + "&taskDefinitionKey=" + taskKey + (taskKey.equals(PublicationProcess.TASK_EXPERT_ASSESSMENT)
        ? "&assignee=" + user : "")));
    assertThat(tasks).as(user + " sees " + taskKey).hasSize(1);
    String taskId = tasks.get(0).get("id").asText();
    if (tasks.get(0).get("assignee").isNull()) {
      assertThat(api.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}")
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    assertThat(api.get("/engine-rest/task/" + taskId + "/deployed-form").getBody()).contains("\"components\"");
    var submitted = api.postJson("/engine-rest/task/" + taskId + "/submit-form", "{\"variables\": " + variables + "}");
    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void thePickedExpertsComeBackAsTasklistSendsThemAndAForgedLoginIsRefusedInRussian() throws Exception {
    long id = completeDraft("Выбор экспертов из списка");
    assertThat(official28().postJson("/api/practices/" + id + "/submit", "").getStatusCode()).isEqualTo(HttpStatus.OK);
    work("moderator2", id, PublicationProcess.TASK_PRELIMINARY_CHECK, "{\"checkDecision\": {\"value\": \"ACCEPT\"}}");
    Api moderator = Api.as(port, "moderator2");
    String taskId = body(moderator.get("/engine-rest/task?processInstanceBusinessKey=practice-" + id
        + "&taskDefinitionKey=" + PublicationProcess.TASK_ASSIGN_EXPERTS)).get(0).get("id").asText();
    moderator.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"moderator2\"}");
    // the prefilled choice is a JSON list; Tasklist sends the taglist's value back with that variable's type
    JsonNode prefilled = body(moderator.get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false"))
        .get("expertIds");
    assertThat(prefilled.get("type").asText()).isEqualTo("Json");

    String forged = "{\"variables\": {\"assignmentDecision\": {\"value\": \"ASSIGN\"}, \"expertIds\": {\"type\": \"Json\","
        + " \"value\": \"[\\\"expert1\\\", \\\"expert3\\\", \\\"intruder\\\"]\"}}}";
    var refused = moderator.postJson("/engine-rest/task/" + taskId + "/submit-form", forged);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(body(refused).get("message").asText()).contains("нет действующего эксперта intruder")
        .doesNotContain("Exception", "ENGINE-");

    String picked = forged.replace("\\\"intruder\\\"", "\\\"expert5\\\"");
    var accepted = moderator.postJson("/engine-rest/task/" + taskId + "/submit-form", picked);
    assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(body(moderator.get("/engine-rest/task?processInstanceBusinessKey=practice-" + id
        + "&taskDefinitionKey=" + PublicationProcess.TASK_EXPERT_ASSESSMENT)))
        .extracting(t -> t.get("assignee").asText()).containsExactlyInAnyOrder("expert1", "expert3", "expert5");
  }

  @Test
  void practiceGoesFromDraftToPublishedThroughTheApisDrivenByEachRole() throws Exception {
    long id = completeDraft("Путь через REST");
    assertThat(official28().postJson("/api/practices/" + id + "/submit", "").getStatusCode()).isEqualTo(HttpStatus.OK);
    work("moderator2", id, PublicationProcess.TASK_PRELIMINARY_CHECK, "{\"checkDecision\": {\"value\": \"ACCEPT\"}}");
    work("moderator2", id, PublicationProcess.TASK_ASSIGN_EXPERTS,
        "{\"assignmentDecision\": {\"value\": \"ASSIGN\"}, \"expertIds\": {\"value\": \"expert1, expert3, expert5\"}}");
    for (String expert : List.of("expert1", "expert3", "expert5")) {
      work(expert, id, PublicationProcess.TASK_EXPERT_ASSESSMENT, """
          {"scoreNovelty": {"value": 5}, "scoreRelevance": {"value": 5}, "scoreEfficiency": {"value": 4},
           "scoreReplicability": {"value": 5}, "scoreSocialSignificance": {"value": 4}, "scoreCoverage": {"value": 4},
           "scoreMeasurableResults": {"value": 5},
           "assessmentComment": {"value": "Практика полезна и хорошо описана, эффект измерен."}}""");
    }
    work("secretary28", id, PublicationProcess.TASK_REGIONAL_CONFIRMATION,
        "{\"confirmationDecision\": {\"value\": \"CONFIRM\"}}");
    work("editor", id, PublicationProcess.TASK_COPY_EDITING, """
        {"editedTitle": {"value": "Путь через REST: редакция"}, "editedProblem": {"value": "Проблема"},
         "editedSolution": {"value": "Решение"}, "editedResults": {"value": "Результаты"},
         "editedEffect": {"value": "Эффект"}}""");

    JsonNode published = body(official28().get("/api/practices/" + id));
    assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(published.get("catalogueSections").toString()).contains("KNOWLEDGE_BASE", "QUALITY_OF_LIFE");
    assertThat(body(Api.as(port, "official72").get("/api/practices/" + id)).get("title").asText())
        .as("a published practice is visible to every region").isEqualTo("Путь через REST");
    assertThat(body(Api.as(port, "auditor").get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + BusinessKeys.practice(id)
        + "&processDefinitionKey=practice-publication")).get(0).get("state").asText()).isEqualTo("COMPLETED");
    assertThat(body(Api.as(port, "auditor").get("/engine-rest/history/decision-instance?decisionDefinitionKey="
        + "expertise-verdict&includeInputs=true&includeOutputs=true&processInstanceId="
        + runtimeOrHistoricId(id))).get(0).get("outputs").toString()).contains("PUBLISH");
  }

  String runtimeOrHistoricId(long practiceId) throws Exception {
    return body(Api.as(port, "auditor").get("/engine-rest/history/process-instance?processInstanceBusinessKey="
        + BusinessKeys.practice(practiceId) + "&processDefinitionKey=practice-publication")).get(0).get("id").asText();
  }

  @Test
  void assessmentsAreForModeratorsAndAuditors() throws Exception {
    long id = completeDraft("Оценки");
    assertThat(Api.as(port, "moderator2").get("/api/practices/" + id + "/assessments").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(Api.as(port, "auditor").get("/api/practices/" + id + "/assessments").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(official28().get("/api/practices/" + id + "/assessments").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }
}
