package ru.smarteka.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.smarteka.workflow.publication.PublicationProcess.TASK_EXPERT_ASSESSMENT;
import static ru.smarteka.workflow.publication.PublicationProcess.TASK_PRELIMINARY_CHECK;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.smarteka.workflow.practice.DocumentView;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.support.WebappSession;

/**
 * The practice's documents as links in the review's forms, downloaded in the Tasklist session through the plugin
 * smarteka-documents: the experts assessing it (from other regions) get the bytes as uploaded; an expert not assigned
 * to it and a secretary of another region get 404, a visitor without a login 401.
 */
@IntegrationTest
class FormDocumentsTests {

  static final String PLUGIN = "/camunda/api/tasklist/plugin/smarteka-documents/default/practices/";

  @LocalServerPort int port;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;

  PublicationScenario scenario;

  @BeforeEach
  void setUp() {
    scenario = new PublicationScenario(practices, documents, publications, runtimeService, taskService,
        managementService, identityService, formService, historyService);
  }

  @Test
  void theFormsLinkTheDocumentsAndOnlyThePeopleOfTheReviewDownloadThem() {
    long id = scenario.draft("official28", "28", "Документы в форме: выездные бригады");
    ProcessInstance pi = scenario.submit("official28", id);
    DocumentView document = documents.of(id).get(0);
    String path = PLUGIN + id + "/documents/" + document.id();

    Task check = scenario.task(pi, TASK_PRELIMINARY_CHECK);
    // as Tasklist reads the form's values (the passport's read-only fields are read when the form is opened)
    String shown = ru.smarteka.workflow.support.Api.as(port, "moderator1")
        .get("/engine-rest/task/" + check.getId() + "/form-variables?variableNames=" + PublicationForms.PRACTICE_DOCUMENTS)
        .getBody();
    assertThat(readJson(shown).path(PublicationForms.PRACTICE_DOCUMENTS).path("value").asText())
        .isEqualTo("- [Приказ о внедрении.pdf \\(" + Passports.PDF.length + " Б\\)](" + path + ")");

    // nobody assigned yet: an expert of another region may not read a draft under review
    assertThat(WebappSession.loggedIn(port, "tasklist", "expert1").get(path).statusCode()).isEqualTo(404);

    scenario.check(pi, "ACCEPT", null);
    scenario.complete("moderator1", scenario.task(pi, PublicationProcess.TASK_ASSIGN_EXPERTS),
        java.util.Map.of(PublicationForms.ASSIGNMENT_DECISION, PublicationProcess.ASSIGN));
    List<String> assigned = scenario.tasks(pi, TASK_EXPERT_ASSESSMENT).stream().map(Task::getAssignee).toList();
    assertThat(assigned).isNotEmpty();

    for (String expert : assigned) {
      HttpResponse<String> download = WebappSession.loggedIn(port, "tasklist", expert).get(path);
      assertThat(download.statusCode()).as(expert).isEqualTo(200);
      assertThat(download.body()).isEqualTo(new String(Passports.PDF));
      assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/pdf"));
      assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
          disposition -> assertThat(disposition).startsWith("attachment;"));
    }
    String bystander = List.of("expert1", "expert2", "expert3", "expert4", "expert5").stream()
        .filter(e -> !assigned.contains(e)).findFirst().orElseThrow();
    HttpResponse<String> refused = WebappSession.loggedIn(port, "tasklist", bystander).get(path);
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).isEqualTo("Документ " + document.id() + " не найден");
    assertThat(WebappSession.loggedIn(port, "tasklist", "secretary72").get(path).statusCode()).isEqualTo(404);
    // the moderator and the region's secretary read the practice anyway
    assertThat(WebappSession.loggedIn(port, "tasklist", "moderator1").get(path).statusCode()).isEqualTo(200);
    assertThat(WebappSession.loggedIn(port, "tasklist", "secretary28").get(path).statusCode()).isEqualTo(200);
    // a document of another practice through this practice's path: 404
    assertThat(WebappSession.loggedIn(port, "tasklist", assigned.get(0))
        .get(PLUGIN + id + "/documents/" + (document.id() + 100000)).statusCode()).isEqualTo(404);
    // no login, no document
    HttpResponse<String> anonymous = WebappSession.open(port, "tasklist").get(path);
    assertThat(anonymous.statusCode()).isIn(401, 403);

    // once the expert has assessed, the task is gone and so is the expert's access
    String first = assigned.get(0);
    scenario.assess(pi, first, 5);
    assertThat(WebappSession.loggedIn(port, "tasklist", first).get(path).statusCode()).isEqualTo(404);
  }

  private static com.fasterxml.jackson.databind.JsonNode readJson(String body) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
