package ru.smarteka.workflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.engine.BusinessKeys;

/**
 * Takes practices to a stage of their publication through the two doors, as their users do: the author through our
 * API, ASI staff and experts claiming and submitting forms through the engine REST API.
 */
public final class Stages {

  private final int port;
  private final ObjectMapper json = new ObjectMapper();

  public Stages(int port) {
    this.port = port;
  }

  /** A complete draft of the official's region with its supporting PDF. */
  public long draft(String official, String region, String title) {
    ResponseEntity<String> created = Api.as(port, official).postJson("/api/practices", Passports.complete(region, title));
    long id = read(expect(created, 201)).get("id").asLong();
    expect(Api.as(port, official).upload("/api/practices/" + id + "/documents", "file", "act.pdf", Passports.PDF), 201);
    return id;
  }

  /** Submitted: waiting for the preliminary check of {@code asi-moderators}. */
  public long submitted(String official, String region, String title) {
    long id = draft(official, region, title);
    expect(Api.as(port, official).postJson("/api/practices/" + id + "/submit", ""), 200);
    return id;
  }

  /** The open tasks of the practice with this key, as the user sees them on the engine REST API. */
  public List<String> tasks(String user, long practiceId, String taskKey) {
    JsonNode tasks = read(expect(Api.as(port, user).get("/engine-rest/task?processInstanceBusinessKey=" + BusinessKeys.practice(practiceId)
        + "&taskDefinitionKey=" + taskKey), 200));
    List<String> ids = new ArrayList<>();
    tasks.forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }

  public String task(String user, long practiceId, String taskKey) {
    List<String> ids = tasks(user, practiceId, taskKey);
    if (ids.size() != 1) {
      throw new AssertionError("Expected one " + taskKey + " of practice " + practiceId + " for " + user + ", found "
          + ids.size());
    }
    return ids.get(0);
  }

  /** Claims the task (unless the user has it) and submits its form as Tasklist does; fails unless it is accepted. */
  public void work(String user, String taskId, Map<String, Object> form) {
    Api api = Api.as(port, user);
    JsonNode task = read(expect(api.get("/engine-rest/task/" + taskId), 200));
    if (task.get("assignee").isNull()) {
      expect(api.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}"), 204);
    }
    expect(api.postJson("/engine-rest/task/" + taskId + "/submit-form", variables(form)), 204);
  }

  /** {@code {"variables": {"name": {"value": ...}}}} */
  public String variables(Map<String, Object> form) {
    ObjectNode variables = json.createObjectNode();
    form.forEach((name, value) -> variables.putObject(name).putPOJO("value", value));
    ObjectNode body = json.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }

  public JsonNode read(ResponseEntity<String> response) {
    try {
      return json.readTree(response.getBody());
    } catch (java.io.IOException e) {
      throw new AssertionError("Not JSON: " + response.getBody(), e);
    }
  }

  private static ResponseEntity<String> expect(ResponseEntity<String> response, int status) {
    if (response.getStatusCode().value() != status) {
      throw new AssertionError("Expected " + status + ", got " + response.getStatusCode() + ": " + response.getBody());
    }
    return response;
  }
}
