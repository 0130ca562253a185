package ru.smarteka.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.publication.PublicationProcess;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.Browser;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Stages;

/**
 * The engine REST APIs answer a user's mistake with a 4xx and the Russian reason, on both doors: {@code /engine-rest}
 * and the webapps' {@code /camunda/api/engine} that Tasklist calls. A listener's refusal is a 400 with the field, a
 * task someone else took is a 409, nothing names a Java class.
 */
@IntegrationTest
class EngineRestErrorTests {

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  EngineRestErrors errors;

  final ObjectMapper json = new ObjectMapper();

  Stages stages() {
    return new Stages(port);
  }

  String checkTask(String title) {
    long practice = stages().submitted("official28", "28", title);
    return stages().task("moderator1", practice, PublicationProcess.TASK_PRELIMINARY_CHECK);
  }

  JsonNode body(String text) throws Exception {
    return json.readTree(text);
  }

  /** Nothing but Camunda's {@code type} string names a class: not the message, not the fields. */
  void assertNamesNoClass(String body) throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode error = (com.fasterxml.jackson.databind.node.ObjectNode) body(body);
    error.remove("type");
    assertThat(error.toString()).doesNotContainPattern(Problems.CLASS_LIKE)
        .doesNotContain("ENGINE-", "org.camunda", "ru.smarteka", "java.lang");
  }

  @Test
  void listenerRefusalIsABadRequestWithTheReasonAndTheFieldOnEngineRest() throws Exception {
    String task = checkTask("Отказ слушателя через engine-rest");
    Api moderator = Api.as(port, "moderator1");
    moderator.postJson("/engine-rest/task/" + task + "/claim", "{\"userId\":\"moderator1\"}");

    ResponseEntity<String> refused = moderator.postJson("/engine-rest/task/" + task + "/submit-form",
        stages().variables(Map.of("checkDecision", PublicationProcess.CHECK_RETURN)));

    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    JsonNode error = body(refused.getBody());
    assertThat(error.get("type").asText()).isEqualTo(Problems.BUSINESS_REFUSAL);
    assertThat(error.get("message").asText()).contains("checkComment", "укажите причину");
    assertThat(error.get("errors").get(0).get("field").asText()).isEqualTo("checkComment");
    assertNamesNoClass(refused.getBody());
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("moderator1");
  }

  @Test
  void listenerRefusalIsABadRequestWithTheReasonOnTheWebappsEngineApi() throws Exception {
    String task = checkTask("Отказ слушателя в Tasklist");
    Browser tasklist = Browser.tasklist(port, "moderator1");
    assertThat(tasklist.engine("POST", "/task/" + task + "/claim", "{\"userId\":\"moderator1\"}").statusCode())
        .isEqualTo(204);

    HttpResponse<String> refused = tasklist.engine("POST", "/task/" + task + "/submit-form",
        stages().variables(Map.of("checkDecision", PublicationProcess.CHECK_RETURN)));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode error = body(refused.body());
    assertThat(error.get("type").asText()).isEqualTo(Problems.BUSINESS_REFUSAL);
    assertThat(error.get("message").asText()).contains("укажите причину")
        .as("a person reads the reason, not the variable's key").doesNotContain("checkComment");
    assertThat(error.get("errors").get(0).get("field").asText()).isEqualTo("checkComment");
    assertNamesNoClass(refused.body());
  }

  @Test
  void taskClaimedBySomeoneElseIsAConflictOnBothDoors() throws Exception {
    String task = checkTask("Чужая задача");
    assertThat(Api.as(port, "moderator1").postJson("/engine-rest/task/" + task + "/claim",
        "{\"userId\":\"moderator1\"}").getStatusCode().value()).isEqualTo(204);

    ResponseEntity<String> engineRest = Api.as(port, "moderator2").postJson("/engine-rest/task/" + task + "/claim",
        "{\"userId\":\"moderator2\"}");
    assertThat(engineRest.getStatusCode().value()).as(engineRest.getBody()).isEqualTo(409);
    assertThat(body(engineRest.getBody()).get("type").asText()).isEqualTo("TaskAlreadyClaimedException");
    assertThat(body(engineRest.getBody()).get("message").asText()).contains("другой пользователь");

    HttpResponse<String> webapp = Browser.tasklist(port, "moderator2")
        .engine("POST", "/task/" + task + "/claim", "{\"userId\":\"moderator2\"}");
    assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(409);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("moderator1");
  }

  @Test
  void unknownTaskAndUnknownPathAreNotFound() throws Exception {
    Api moderator = Api.as(port, "moderator1");
    ResponseEntity<String> claim = moderator.postJson("/engine-rest/task/no-such-task/claim",
        "{\"userId\":\"moderator1\"}");
    assertThat(claim.getStatusCode().value()).as(claim.getBody()).isEqualTo(404);
    assertNamesNoClass(claim.getBody());
    ResponseEntity<String> path = moderator.get("/engine-rest/no-such-resource");
    assertThat(path.getStatusCode().value()).isEqualTo(404);
    assertThat(body(path.getBody()).get("type").asText()).isEqualTo(Problems.INVALID_REQUEST);
    assertNamesNoClass(path.getBody());
  }

  @Test
  void malformedQueryParameterIsABadRequestNamingIt() throws Exception {
    ResponseEntity<String> response = Api.as(port, "moderator1").get("/engine-rest/task?maxResults=many");
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(body(response.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("maxResults");
    assertNamesNoClass(response.getBody());
  }

  @Test
  void nulCharacterInAFormFieldIsRefusedBeforeTheDatabase() throws Exception {
    String task = checkTask("NUL в комментарии");
    Api moderator = Api.as(port, "moderator1");
    moderator.postJson("/engine-rest/task/" + task + "/claim", "{\"userId\":\"moderator1\"}");
    ResponseEntity<String> response = moderator.postJson("/engine-rest/task/" + task + "/submit-form",
        "{\"variables\":{\"checkDecision\":{\"value\":\"RETURN\"},\"checkComment\":{\"value\":\"a\\u0000b\"}}}");
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(body(response.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("checkComment");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  @Test
  void missingPermissionIsForbiddenWithCamundasDetailsAndARussianMessage() throws Exception {
    String task = checkTask("Без прав");
    ResponseEntity<String> response = Api.as(port, "official72").postJson("/engine-rest/task/" + task + "/claim",
        "{\"userId\":\"official72\"}");
    assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(403, 404);
    assertNamesNoClass(response.getBody());
  }

  /**
   * Two moderators complete one task at once, and the loser's authorization check runs after the winner removed the
   * task's candidates: Camunda refuses it for want of a permission (RaceTests met this 403 under load). The loser was
   * a candidate of the finished task: a 409, as for every lost race. Someone who never was one keeps the 403.
   */
  @Test
  void aCandidateRefusedBecauseTheTaskWasJustFinishedIsToldConflictOthersStayForbidden() {
    String task = checkTask("Гонка до проверки прав");
    stages().work("moderator1", task, Map.of("checkDecision", PublicationProcess.CHECK_ACCEPT));
    UriInfo uri = mock(UriInfo.class);
    when(uri.getBaseUri()).thenReturn(URI.create("http://localhost:" + port + "/engine-rest/"));
    when(uri.getPath()).thenReturn("task/" + task + "/submit-form");

    Response loser = errors.toResponse(refused("moderator2", task), uri);
    Response stranger = errors.toResponse(refused("official72", task), uri);

    assertThat(loser.getStatus()).isEqualTo(409);
    assertThat(((Map<?, ?>) loser.getEntity()).get("type")).isEqualTo("TaskAlreadyCompleted");
    assertThat(stranger.getStatus()).isEqualTo(403);
    assertThat(((Map<?, ?>) stranger.getEntity()).get("userId")).isEqualTo("official72");
  }

  static AuthorizationException refused(String user, String task) {
    return new AuthorizationException(user, Permissions.TASK_WORK.getName(), Resources.TASK.resourceName(), task);
  }
}
