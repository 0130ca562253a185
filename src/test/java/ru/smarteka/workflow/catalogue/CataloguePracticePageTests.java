package ru.smarteka.workflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.FederalApproval;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.replication.PositionLevel;
import ru.smarteka.workflow.replication.ReplicationService;
import ru.smarteka.workflow.replication.ReplicationView;
import ru.smarteka.workflow.replication.RequestData;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.support.Workflows;

/**
 * The practice page's public documents and replicating regions, and the federal approval filter of the catalogue,
 * through a real port without a login: a document is public only when an ASI editor or moderator made it so and only
 * while its practice is published; the regions replicating it are those whose replication the moderator accepted; the
 * index follows an approval without a rebuild.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CataloguePracticePageTests {

  @LocalServerPort
  int port;
  @Autowired
  ObjectMapper json;
  @Autowired
  PracticeService practiceService;
  @Autowired
  PracticeDocuments documents;
  @Autowired
  PublicationService publications;
  @Autowired
  ReplicationService replications;
  @Autowired
  ProcessEngine engine;

  final String marker = "stranica" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);

  CataloguePractices practices;
  Workflows flows;
  long published;
  long other;
  long underReview;
  long publishedDocument;
  long underReviewDocument;

  @BeforeEach
  void publishPractices() {
    if (practices != null) {
      return;
    }
    practices = new CataloguePractices(engine, practiceService, documents, publications);
    flows = new Workflows(engine);
    published = practices.published("28", "Поликлиника без очередей " + marker,
        p -> p.put("categoryCode", "HEALTHCARE"), null);
    other = practices.published("28", "Поликлиника у дома " + marker, p -> p.put("categoryCode", "HEALTHCARE"),
        null);
    underReview = practices.underReview("28", "Поликлиника на проверке " + marker,
        p -> p.put("categoryCode", "HEALTHCARE"));
    publishedDocument = documentOf(published);
    underReviewDocument = documentOf(underReview);
  }

  long documentOf(long practiceId) {
    return documents.list(CurrentUser.of("demo", List.of("camunda-admin")), practiceId).get(0).id();
  }

  Api anonymous() {
    return Api.anonymous(port);
  }

  JsonNode body(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  JsonNode page(long id) throws Exception {
    return body(anonymous().get("/api/catalogue/" + id));
  }

  ResponseEntity<String> makePublic(String user, long practiceId, long documentId, boolean open) {
    return Api.as(port, user).putJson("/api/practices/" + practiceId + "/documents/" + documentId + "/public",
        "{\"publicAccess\": " + open + ", \"reason\": \"Приказ без персональных данных\"}", h -> { });
  }

  HttpStatus download(long practiceId, long documentId) {
    return HttpStatus.valueOf(anonymous().getBytes("/api/catalogue/" + practiceId + "/documents/" + documentId)
        .getStatusCode().value());
  }

  static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.get("content").forEach(hit -> ids.add(hit.get("id").asLong()));
    return ids;
  }

  static long facet(JsonNode page, String filter, String code) {
    for (JsonNode facet : page.get("facets").get(filter)) {
      if (facet.get("code").asText().equals(code)) {
        return facet.get("count").asLong();
      }
    }
    return 0;
  }

  @Test
  void aDocumentIsPrivateUntilAnEditorMakesItPublicAndOnlyWhileThePracticeIsPublished() throws Exception {
    // uploaded for the review: nobody outside sees it
    assertThat(page(published).get("documents")).isEmpty();
    assertThat(download(published, publishedDocument)).isEqualTo(HttpStatus.NOT_FOUND);

    // neither the author, nor an expert, nor anyone without a login decides it
    assertThat(makePublic("official28", published, publishedDocument, true).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(makePublic("expert1", published, publishedDocument, true).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(anonymous().putJson("/api/practices/" + published + "/documents/" + publishedDocument + "/public",
        "{\"publicAccess\": true}", h -> { }).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> unsaid = Api.as(port, "editor").putJson("/api/practices/" + published + "/documents/"
        + publishedDocument + "/public", "{}", h -> { });
    assertThat(unsaid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(unsaid.getBody()).get("errors").findValuesAsText("field")).contains("publicAccess");
    // a document of another practice is not found through this one
    assertThat(makePublic("editor", other, publishedDocument, true).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<String> opened = makePublic("editor", published, publishedDocument, true);
    assertThat(body(opened).get("publicAccess").asBoolean()).isTrue();

    JsonNode document = page(published).get("documents").get(0);
    assertThat(document.get("id").asLong()).isEqualTo(publishedDocument);
    assertThat(document.get("fileName").asText()).isEqualTo("act.pdf");
    assertThat(document.get("href").asText())
        .isEqualTo("/api/catalogue/" + published + "/documents/" + publishedDocument);
    assertThat(page(published).toString()).doesNotContain("uploadedBy", "official28");
    ResponseEntity<byte[]> file = anonymous().getBytes(document.get("href").asText());
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getBody()).isEqualTo(Passports.PDF);
    assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("act.pdf");
    // not through another practice's address
    assertThat(download(other, publishedDocument)).isEqualTo(HttpStatus.NOT_FOUND);

    // the moderator takes it back: who, when and why are kept
    makePublic("moderator1", published, publishedDocument, false);
    assertThat(download(published, publishedDocument)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(page(published).get("documents")).isEmpty();
    JsonNode history = body(Api.as(port, "editor").get("/api/practices/" + published + "/documents/"
        + publishedDocument + "/public"));
    assertThat(history.findValuesAsText("changedBy")).containsExactly("editor", "moderator1");
    assertThat(history.findValuesAsText("publicAccess")).containsExactly("true", "false");
    assertThat(history.findValuesAsText("reason")).containsOnly("Приказ без персональных данных");
  }

  @Test
  void aPublicDocumentOfAPracticeNotPublishedIsNotFoundNorItsPage() throws Exception {
    assertThat(makePublic("editor", underReview, underReviewDocument, true).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download(underReview, underReviewDocument)).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> page = anonymous().get("/api/catalogue/" + underReview);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(page.getBody()).doesNotContain("act.pdf", "на проверке");
    ResponseEntity<byte[]> unknown = anonymous().getBytes("/api/catalogue/" + published + "/documents/999999999");
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void thePageNamesTheRegionsReplicatingThePracticeWithTheirStatusInWords() throws Exception {
    assertThat(page(other).get("replicatingRegions")).isEmpty();
    ReplicationView tyumen = request("72", "official72", "Департамент здравоохранения Тюменской области");
    ReplicationView tatarstan = request("16", "official16", "Министерство здравоохранения Республики Татарстан");
    // waiting for the moderator's screening: not yet a region replicating it
    assertThat(page(other).get("replicatingRegions")).isEmpty();

    ProcessInstance screening = flows.instance("practice-replication", tyumen.id());
    flows.submit(tyumen.moderatorId(), screening, "Task_ScreenRequest", Map.of("screeningDecision", "ACCEPT"));
    flows.as("official16", () -> replications.abandon(flows.user("official16"), tatarstan.id(),
        "Нет средств в бюджете"));

    JsonNode regions = page(other).get("replicatingRegions");
    assertThat(regions).hasSize(1);
    assertThat(regions.get(0).get("regionCode").asText()).isEqualTo("72");
    assertThat(regions.get(0).get("regionName").asText()).isEqualTo("Тюменская область");
    assertThat(regions.get(0).get("status").asText()).isEqualTo("ACCEPTED");
    assertThat(regions.get(0).get("statusLabel").asText()).isEqualTo("принята, готовится встреча с наставником");
    // nobody's name, position or contacts
    assertThat(regions.toString()).doesNotContain("official72", "Департамент здравоохранения", "@");
  }

  ReplicationView request(String region, String official, String body) {
    return flows.as(official, () -> replications.request(flows.user(official), new RequestData(other, region, body,
        "Руководитель", body, PositionLevel.HEAD_OF_EXECUTIVE_BODY, "mz@" + region + ".example.ru",
        "+7 900 000-00-00", true, true, true)));
  }

  @Test
  void onlyAnAdministratorBringsOnePracticesEntryInStep() throws Exception {
    String path = "/api/admin/catalogue/reindex/";
    assertThat(Api.as(port, "editor").postJson(path + published, "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(anonymous().postJson(path + published, "").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    JsonNode one = body(Api.as(port, "demo").postJson(path + published, ""));
    assertThat(one.get("inCatalogue").asBoolean()).isTrue();
    // a practice under review stays out, whatever an administrator asks
    assertThat(body(Api.as(port, "demo").postJson(path + underReview, "")).get("inCatalogue").asBoolean()).isFalse();
    assertThat(anonymous().get("/api/catalogue/" + underReview).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(ids(body(anonymous().get("/api/catalogue?q=" + marker)))).containsExactlyInAnyOrder(published, other);
  }

  @Test
  void theApprovedFilterAndItsFacetFollowAFederalApprovalWithoutARebuild() throws Exception {
    JsonNode before = body(anonymous().get("/api/catalogue?q=" + marker));
    assertThat(ids(before)).containsExactlyInAnyOrder(published, other);
    assertThat(facet(before, "approved", "false")).isEqualTo(2);
    assertThat(facet(before, "approved", "true")).isZero();
    assertThat(ids(body(anonymous().get("/api/catalogue?approved=true&q=" + marker)))).isEmpty();

    practiceService.recordFederalApproval(published, new FederalApproval("Отбор 2026 года", "Минздрав России",
        Instant.now(), "Рекомендована регионам", null));

    JsonNode after = body(anonymous().get("/api/catalogue?q=" + marker));
    assertThat(facet(after, "approved", "true")).isEqualTo(1);
    assertThat(facet(after, "approved", "false")).isEqualTo(1);
    assertThat(after.get("facets").get("approved").get(0).get("name").asText())
        .isEqualTo("Одобрена к массовому тиражированию");
    JsonNode approved = body(anonymous().get("/api/catalogue?approved=true&category=HEALTHCARE&q=" + marker));
    assertThat(ids(approved)).containsExactly(published);
    assertThat(approved.get("content").get(0).get("federalApproved").asBoolean()).isTrue();
    assertThat(facet(approved, "category", "HEALTHCARE")).isEqualTo(1);
    assertThat(ids(body(anonymous().get("/api/catalogue?approved=false&q=" + marker)))).containsExactly(other);
    assertThat(page(published).get("federalApproval").get("status").asText())
        .isEqualTo("Одобрена к массовому тиражированию");

    ResponseEntity<String> malformed = anonymous().get("/api/catalogue?approved=maybe");
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(json.readTree(malformed.getBody()).get("errors").findValuesAsText("field")).contains("approved");
  }
}
