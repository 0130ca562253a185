package ru.smarteka.workflow.casehistory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.replication.PositionLevel;
import ru.smarteka.workflow.replication.ReplicationService;
import ru.smarteka.workflow.replication.ReplicationView;
import ru.smarteka.workflow.replication.RequestData;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.PublishedPractices;
import ru.smarteka.workflow.support.WebappSession;
import ru.smarteka.workflow.support.Workflows;

/**
 * The Cockpit plugin smarteka-case-history through the webapps' own door, as Cockpit's page calls it: an auditor finds
 * a published practice and reads its whole timeline (status changes, tasks with who took and completed them and their
 * due dates, decisions with inputs, outputs and the matched rules, documents, mails, instances); nobody else is
 * answered, whatever application they logged into; nothing can be written; bad parameters get Russian messages.
 */
@IntegrationTest
class CaseHistoryPluginTests {

  static final String PLUGIN = "/camunda/api/cockpit/plugin/smarteka-case-history";
  static final String CASES = PLUGIN + "/default/cases";
  static final String TITLE = "Школа фермеров Приамурья: история дела";

  /** One published practice and one replication request of it for the whole class (they are only read). */
  static Long practiceId;
  static Long requestId;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired ReplicationService replications;
  @Autowired ObjectMapper json;

  @BeforeEach
  void publishedPractice() {
    if (practiceId == null) {
      practiceId = new PublishedPractices(engine, practices, documents, publications).publish("28", TITLE);
      Workflows flows = new Workflows(engine);
      ReplicationView request = flows.as("official72", () -> replications.request(flows.user("official72"),
          new RequestData(practiceId, "72", "Департамент АПК", "Директор департамента",
              "Департамент АПК Тюменской области", PositionLevel.HEAD_OF_EXECUTIVE_BODY, "apk@72.example.ru",
              "+7 (3452) 50-00-01", true, true, true)));
      requestId = request.id();
    }
  }

  WebappSession auditor() {
    return WebappSession.loggedIn(port, "cockpit", "auditor");
  }

  JsonNode read(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError(response.body(), e);
    }
  }

  static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void auditorFindsThePublishedPracticeByTitleAndReadsItsWholeTimeline() {
    WebappSession auditor = auditor();
    HttpResponse<String> found = auditor.get(CASES + "?q=" + q("школа ФЕРМЕРОВ") + "&kind=practice");
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    JsonNode page = read(found);
    assertThat(page.get("total").asLong()).isEqualTo(1);
    JsonNode item = page.get("items").get(0);
    assertThat(item.get("id").asLong()).isEqualTo(practiceId);
    assertThat(item.get("statusLabel").asText()).isEqualTo("опубликована в каталоге");
    assertThat(item.get("regionName").asText()).isEqualTo("Амурская область");

    HttpResponse<String> answer = auditor.get(CASES + "/practice/" + practiceId);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode timeline = read(answer);
    assertThat(timeline.at("/header/title").asText()).isEqualTo(TITLE);

    // every status change, who and when (our table)
    List<String> statuses = texts(timeline.get("statusChanges"), "status");
    assertThat(statuses).containsSubsequence("SUBMITTED", "IN_EXPERTISE", "AT_REGIONAL_CONFIRMATION",
        "IN_COPY_EDITING", "PUBLISHED");
    assertThat(texts(timeline.get("statusChanges"), "actor")).contains("official28", "moderator1", "secretary28",
        "editor");

    // the finished instance, found by the practice's binding
    JsonNode instances = timeline.get("instances");
    JsonNode publication = find(instances, "processKey", "practice-publication");
    assertThat(publication.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(publication.get("endedAt").isNull()).isFalse();

    // every task: who took it, who completed it, when, its due date, overdue or not
    JsonNode check = find(timeline.get("tasks"), "taskKey", "Task_PreliminaryCheck");
    assertThat(check.get("claimedBy").asText()).isEqualTo("moderator1");
    assertThat(check.get("completedBy").asText()).isEqualTo("moderator1");
    assertThat(check.get("endedAt").isNull()).isFalse();
    assertThat(check.get("dueAt").isNull()).as("due date from task-deadlines.dmn").isFalse();
    assertThat(check.get("overdue").asBoolean()).isFalse();
    assertThat(check.get("outcome").asText()).isEqualTo("выполнена");
    JsonNode editing = find(timeline.get("tasks"), "taskKey", "Task_CopyEditing");
    assertThat(editing.get("completedBy").asText()).isEqualTo("editor");
    assertThat(texts(timeline.get("tasks"), "taskKey")).contains("Task_AssignExperts", "Task_ExpertAssessment",
        "Task_RegionalConfirmation");

    // every decision with its inputs, outputs and the rules that matched
    JsonNode decisions = timeline.get("decisions");
    assertThat(texts(decisions, "decisionKey")).contains("publication-eligibility", "expertise-verdict");
    JsonNode verdict = find(decisions, "decisionKey", "expertise-verdict");
    assertThat(verdict.get("inputs").size()).isPositive();
    assertThat(verdict.get("outputs").size()).isPositive();
    assertThat(verdict.get("matchedRules").size()).isPositive();
    assertThat(verdict.get("matchedRules").get(0).get("id").asText()).isNotBlank();
    assertThat(answer.body()).doesNotContain("java.", "Exception");

    // the documents and the mails about the case
    assertThat(texts(timeline.get("documents"), "fileName")).contains("act.pdf");
    assertThat(timeline.get("notifications").size()).isPositive();
    JsonNode mail = timeline.get("notifications").get(0);
    assertThat(mail.get("deliveryInstanceId").isNull()).as("the mail's delivery instance is part of the case")
        .isFalse();
    assertThat(texts(instances, "processKey")).contains("notification-delivery");

    // one chronological timeline of all of it
    List<String> types = texts(timeline.get("entries"), "type");
    assertThat(types).contains("status", "task", "decision", "document", "notification", "instance");
    List<java.time.Instant> times = texts(timeline.get("entries"), "at").stream().map(java.time.Instant::parse)
        .toList();
    assertThat(times).isSorted();

    // the replication request of the practice is one click away, and has a timeline of its own
    assertThat(texts(timeline.get("related"), "id")).contains(String.valueOf(requestId));
    HttpResponse<String> request = auditor.get(CASES + "/replication/" + requestId);
    assertThat(request.statusCode()).as(request.body()).isEqualTo(200);
    JsonNode requestTimeline = read(request);
    assertThat(texts(requestTimeline.get("statusChanges"), "status")).contains("REQUESTED");
    assertThat(texts(requestTimeline.get("instances"), "processKey")).contains("practice-replication");
    assertThat(texts(requestTimeline.get("decisions"), "decisionKey")).contains("recipient-authority");
  }

  @Test
  void searchFiltersByKindRegionStatusAndNumberAndPages() {
    WebappSession auditor = auditor();
    JsonNode byNumber = read(auditor.get(CASES + "?q=" + practiceId + "&kind=practice"));
    assertThat(texts(byNumber.get("items"), "id")).contains(String.valueOf(practiceId));

    JsonNode replicationsOf72 = read(auditor.get(CASES + "?kind=replication&region=72&size=50"));
    assertThat(texts(replicationsOf72.get("items"), "regionCode")).containsOnly("72");
    assertThat(texts(replicationsOf72.get("items"), "id")).contains(String.valueOf(requestId));

    JsonNode published28 = read(auditor.get(CASES + "?region=28&status=PUBLISHED&size=50"));
    assertThat(texts(published28.get("items"), "status")).containsOnly("PUBLISHED");
    assertThat(texts(published28.get("items"), "kind")).containsOnly("practice");
    assertThat(texts(published28.get("items"), "id")).contains(String.valueOf(practiceId));

    JsonNode first = read(auditor.get(CASES + "?size=1&page=0"));
    JsonNode second = read(auditor.get(CASES + "?size=1&page=1"));
    assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(first.get("items").size()).isEqualTo(1);
    assertThat(first.get("items").get(0).toString()).isNotEqualTo(second.get("items").get(0).toString());

    // a title's wildcard characters are text, not patterns
    assertThat(read(auditor.get(CASES + "?q=" + q("%"))).get("total").asLong()).isZero();

    JsonNode filters = read(auditor.get(CASES + "/filters"));
    assertThat(texts(filters.get("kinds"), "code")).containsExactly("practice", "replication", "report");
    assertThat(filters.at("/statuses/report").size()).isEqualTo(2);
  }

  @Test
  void administratorReadsTooButNoOtherRoleWhateverApplicationTheyLoggedInto() {
    assertThat(WebappSession.loggedIn(port, "admin", "demo").get(CASES + "/practice/" + practiceId).statusCode())
        .isEqualTo(200);
    // the process owner has Cockpit, but not the auditors' case history
    WebappSession owner = WebappSession.loggedIn(port, "cockpit", "owner");
    assertRefused(owner, 403);
    // Tasklist users: the plugin's API is reachable with their webapp session, and refuses them
    for (String user : List.of("official28", "expert1", "moderator1", "secretary28", "editor")) {
      assertRefused(WebappSession.loggedIn(port, "tasklist", user), 403);
    }
    assertRefused(WebappSession.open(port, "cockpit"), 401);
  }

  void assertRefused(WebappSession session, int status) {
    for (String path : List.of(CASES, CASES + "?q=" + q(TITLE), CASES + "/filters", CASES + "/practice/" + practiceId,
        CASES + "/replication/" + requestId)) {
      HttpResponse<String> answer = session.get(path);
      assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(status);
      assertThat(answer.body()).doesNotContain(TITLE, "official28", "moderator1");
    }
  }

  @Test
  void everyWriteIsRefusedEvenToTheAuditor() {
    WebappSession auditor = auditor();
    // Cockpit's page as the browser has it: the session's CSRF token in its cookie, sent back with every write, so
    // the writes reach the plugin (without it the webapps' CSRF filter refuses them first)
    assertThat(auditor.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
    List<String> answers = new ArrayList<>();
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      for (String path : List.of(CASES, CASES + "/filters", CASES + "/practice/" + practiceId)) {
        HttpResponse<String> answer = auditor.send(method, path, "{\"status\": \"DRAFT\"}");
        answers.add(method + " " + path + " " + answer.statusCode() + " " + answer.body());
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body() + " "
            + answer.headers().map()).isEqualTo(405);
      }
    }
    assertThat(answers).hasSize(12);
    JsonNode still = read(auditor.get(CASES + "/practice/" + practiceId));
    assertThat(still.at("/header/status").asText()).isEqualTo("PUBLISHED");
  }

  @Test
  void badParametersAreRefusedInRussianWithTheField() {
    WebappSession auditor = auditor();
    expect400(auditor, CASES + "?kind=case", "kind");
    expect400(auditor, CASES + "?size=500", "size");
    expect400(auditor, CASES + "?page=-1", "page");
    expect400(auditor, CASES + "?page=abc", "page");
    expect400(auditor, CASES + "?region=99", "region");
    expect400(auditor, CASES + "?status=LOST", "status");
    expect400(auditor, CASES + "?q=" + "я".repeat(201), "q");
    expect400(auditor, CASES + "/practice/abc", "id");
    expect400(auditor, CASES + "/mail/1", "kind");
    HttpResponse<String> missing = auditor.get(CASES + "/practice/987654321");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(read(missing).get("message").asText()).contains("987654321", "не найден");
  }

  void expect400(WebappSession session, String path, String field) {
    HttpResponse<String> answer = session.get(path);
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(400);
    JsonNode body = read(answer);
    assertThat(texts(body.get("fields"), "field")).contains(field);
    assertThat(answer.body()).doesNotContain("java.", "Exception");
  }

  @Test
  void cockpitLoadsThePluginScriptWithItsPageAndNavigationEntry() {
    HttpResponse<String> script = WebappSession.open(port, "cockpit").get(PLUGIN + "/static/app/plugin.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("cockpit.route", "cockpit.navigation", "История дел");
  }

  static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode node : array) {
      if (value.equals(node.path(field).asText())) {
        return node;
      }
    }
    throw new AssertionError("No " + field + "=" + value + " in " + array);
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    if (array != null) {
      array.forEach(node -> values.add(node.path(field).asText()));
    }
    return values;
  }
}
