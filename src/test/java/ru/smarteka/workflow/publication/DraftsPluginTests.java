package ru.smarteka.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeStatus;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.support.WebappSession;
import ru.smarteka.workflow.support.Workflows;

/**
 * «Подать практику» in Tasklist (plugin smarteka-drafts): an official lists their region's drafts by title and sends
 * one to publication in the Tasklist session; another region's official neither sees nor sends it; an incomplete
 * passport is refused field by field in Russian; a sent draft is no longer listed and a second send is a conflict.
 */
@IntegrationTest
class DraftsPluginTests {

  static final String DRAFTS = "/camunda/api/tasklist/plugin/smarteka-drafts/default/drafts";

  @LocalServerPort int port;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired ObjectMapper json;

  @Test
  void anOfficialPicksADraftByTitleAndSendsItToPublication() throws Exception {
    Workflows flows = new Workflows(engine);
    var author = flows.user("official28");
    long complete = practices.create(author, Passports.completeData("28", "Черновик из списка: школа фермеров")).id();
    documents.upload(author, complete, "act.pdf", Passports.PDF);
    long withoutDocuments = practices.create(author, Passports.completeData("28", "Черновик без документов")).id();

    WebappSession official = WebappSession.loggedIn(port, "tasklist", "official28");
    JsonNode drafts = json.readTree(official.get(DRAFTS).body());
    assertThat(drafts.findValuesAsText("title")).contains("Черновик из списка: школа фермеров", "Черновик без документов");
    assertThat(drafts.findValuesAsText("regionCode")).containsOnly("28");

    WebappSession stranger = WebappSession.loggedIn(port, "tasklist", "official72");
    assertThat(json.readTree(stranger.get(DRAFTS).body()).findValuesAsText("title"))
        .doesNotContain("Черновик из списка: школа фермеров");
    HttpResponse<String> foreign = stranger.send("POST", DRAFTS + "/" + complete + "/submit", null);
    assertThat(foreign.statusCode()).isIn(403, 404);
    assertThat(json.readTree(foreign.body()).get("message").asText()).matches(".*[А-Яа-я].*");
    assertThat(WebappSession.loggedIn(port, "tasklist", "moderator1").get(DRAFTS).body()).isEqualTo("[]");

    HttpResponse<String> incomplete = official.send("POST", DRAFTS + "/" + withoutDocuments + "/submit", null);
    assertThat(incomplete.statusCode()).isEqualTo(400);
    JsonNode refusal = json.readTree(incomplete.body());
    assertThat(refusal.get("fields").findValuesAsText("field")).contains("documents");
    assertThat(refusal.toString()).doesNotContain("Exception", "ENGINE-");
    assertThat(refusal.get("message").asText()).doesNotContain("documents");   // the field is named in «fields»

    HttpResponse<String> sent = official.send("POST", DRAFTS + "/" + complete + "/submit", null);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(json.readTree(sent.body()).get("title").asText()).isEqualTo("Черновик из списка: школа фермеров");
    assertThat(practices.get(author, complete).status()).isNotEqualTo(PracticeStatus.DRAFT);
    assertThat(flows.instance("practice-publication", complete)).isNotNull();
    assertThat(json.readTree(official.get(DRAFTS).body()).findValuesAsText("title"))
        .doesNotContain("Черновик из списка: школа фермеров");
    assertThat(official.send("POST", DRAFTS + "/" + complete + "/submit", null).statusCode()).isEqualTo(409);
    assertThat(WebappSession.open(port, "tasklist").get(DRAFTS).statusCode()).isIn(401, 403);
  }
}
