package ru.smarteka.workflow.replication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.PublishedPractices;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.support.Workflows;

/** «Хочу внедрить» through our API, each refusal of it, and who sees a replication. */
@IntegrationTest
class ReplicationApiTests {

  @LocalServerPort
  int port;
  @Autowired
  ObjectMapper json;
  @Autowired
  PracticeService practices;
  @Autowired
  PracticeDocuments documents;
  @Autowired
  PublicationService publications;
  @Autowired
  ProcessEngine engine;

  long practiceId;

  PublishedPractices published;

  @BeforeEach
  void publishedPractice() {
    published = new PublishedPractices(engine, practices, documents, publications);
    practiceId = published.publish("28", "Практика для API тиражирования");
  }

  String body(long practice, String region, String level) {
    return """
        {"practiceId": %d, "recipientRegion": "%s", "responsibleBody": "Департамент здравоохранения",
         "officialPosition": "Директор департамента", "organisation": "Департамент здравоохранения",
         "positionLevel": "%s", "contactEmail": "dzo@example.ru", "contactPhone": "+7 3452 500000",
         "declarationStudied": true, "declarationReady": true, "declarationCooperate": true}"""
        .formatted(practice, region, level);
  }

  JsonNode read(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  @Test
  void officialRequestsAPublishedPracticeOfAnotherRegion() throws Exception {
    var created = Api.as(port, "official72").postJson("/api/replications", body(practiceId, "72",
        "HEAD_OF_EXECUTIVE_BODY"));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode replication = read(created);
    assertThat(replication.get("status").asText()).isEqualTo("REQUESTED");
    assertThat(replication.get("moderatorId").asText()).isEqualTo("moderator1");
    assertThat(replication.get("authorityOutcome").asText()).isEqualTo("AUTHORISED");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/replications/" + replication.get("id").asLong());

    var again = Api.as(port, "official72").postJson("/api/replications", body(practiceId, "72",
        "HEAD_OF_EXECUTIVE_BODY"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void refusalsAreAnsweredWithTheirStatus() throws Exception {
    long draft = read(Api.as(port, "official28").postJson("/api/practices", Passports.draft("28", "Черновик")))
        .get("id").asLong();
    assertThat(Api.as(port, "official72").postJson("/api/replications", body(draft, "72", "HEAD_OF_EXECUTIVE_BODY"))
        .getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(Api.as(port, "official28").postJson("/api/replications", body(practiceId, "28",
        "HEAD_OF_EXECUTIVE_BODY")).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(Api.as(port, "official16").postJson("/api/replications", body(practiceId, "72",
        "HEAD_OF_EXECUTIVE_BODY")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(port, "official72").postJson("/api/replications", body(999_999, "72",
        "HEAD_OF_EXECUTIVE_BODY")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void incompleteRequestIsRefusedWithTheFields() throws Exception {
    var response = Api.as(port, "official72").postJson("/api/replications", """
        {"practiceId": %d, "recipientRegion": "72", "positionLevel": "HEAD_OF_EXECUTIVE_BODY",
         "contactEmail": "nope", "declarationStudied": true, "declarationReady": false}""".formatted(practiceId));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> fields = new ArrayList<>();
    read(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("responsibleBody", "officialPosition", "organisation", "contactEmail",
        "declarationReady", "declarationCooperate");
  }

  @Test
  void recipientMentorAndModeratorSeeTheReplicationOthersDoNot() throws Exception {
    long id = read(Api.as(port, "official72").postJson("/api/replications", body(practiceId, "72",
        "HEAD_OF_EXECUTIVE_BODY"))).get("id").asLong();
    String path = "/api/replications/" + id;
    assertThat(Api.as(port, "official72").get(path).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Api.as(port, "official28").get(path).getStatusCode()).as("mentor").isEqualTo(HttpStatus.OK);
    assertThat(Api.as(port, "moderator1").get(path).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Api.as(port, "moderator2").get(path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(port, "official16").get(path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(port, "secretary72").get(path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    JsonNode list = read(Api.as(port, "official16").get("/api/replications?practiceId=" + practiceId));
    assertThat(list.get("content")).isEmpty();
    assertThat(read(Api.as(port, "official28").get("/api/replications?practiceId=" + practiceId)).get("content"))
        .hasSize(1);
  }

  @Test
  void recipientUploadsDocumentsAndAbandons() throws Exception {
    long id = read(Api.as(port, "official72").postJson("/api/replications", body(practiceId, "72",
        "HEAD_OF_EXECUTIVE_BODY"))).get("id").asLong();
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("kind", "ROADMAP");
    parts.add("file", Api.file("Дорожная карта.pdf", Passports.PDF));
    var uploaded = Api.as(port, "official72").postMultipart("/api/replications/" + id + "/documents", parts);
    assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
    long documentId = read(uploaded).get("id").asLong();
    assertThat(Api.as(port, "official28").getBytes("/api/replications/" + id + "/documents/" + documentId)
        .getBody()).isEqualTo(Passports.PDF);
    assertThat(Api.as(port, "official28").postMultipart("/api/replications/" + id + "/documents", parts)
        .getStatusCode()).as("the mentor does not upload").isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(Api.as(port, "moderator1").postJson("/api/replications/" + id + "/abandon", "{\"reason\":\"x\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var abandoned = Api.as(port, "official72").postJson("/api/replications/" + id + "/abandon",
        "{\"reason\":\"Нет финансирования\"}");
    assertThat(abandoned.getStatusCode()).as(abandoned.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(read(abandoned).get("status").asText()).isEqualTo("ABANDONED");
    assertThat(Api.as(port, "official72").postJson("/api/replications/" + id + "/abandon", "{\"reason\":\"x\"}")
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  ResponseEntity<String> upload(String user, long id, String kind, String fileName) {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("kind", kind);
    parts.add("file", Api.file(fileName, Passports.PDF));
    return Api.as(port, user).postMultipart("/api/replications/" + id + "/documents", parts);
  }

  @Test
  void documentsAreOfAKnownKindWithItsRussianName() throws Exception {
    long id = read(Api.as(port, "official72").postJson("/api/replications", body(practiceId, "72",
        "HEAD_OF_EXECUTIVE_BODY"))).get("id").asLong();
    var unknown = upload("official72", id, "PHOTO", "Фото.pdf");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = read(unknown).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("kind");
    assertThat(error.get("message").asText()).contains("ROADMAP", "дорожная карта", "LEGAL_ACT", "ORDER", "OTHER");
    assertThat(upload("official72", id, "", "Фото.pdf").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    for (String kind : List.of("ROADMAP", "LEGAL_ACT", "ORDER", "OTHER")) {
      var uploaded = upload("official72", id, kind, kind + ".pdf");
      assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
    }
    List<String> labels = new ArrayList<>();
    read(Api.as(port, "official72").get("/api/replications/" + id)).get("documents")
        .forEach(d -> labels.add(d.get("kind").asText() + " " + d.get("kindLabel").asText()));
    assertThat(labels).containsExactly("ROADMAP Дорожная карта", "LEGAL_ACT Нормативный правовой акт",
        "ORDER Распорядительный документ", "OTHER Иной документ");
  }

  @Test
  void everyRoadmapVersionIsReadableWithItsReviewByWhoMaySeeTheReplication() throws Exception {
    long id = read(Api.as(port, "official72").postJson("/api/replications", body(practiceId, "72",
        "HEAD_OF_EXECUTIVE_BODY"))).get("id").asLong();
    Workflows flows = new Workflows(engine);
    var pi = flows.instance(ReplicationProcess.KEY, id);
    flows.submit("moderator1", pi, ReplicationProcess.TASK_SCREEN_REQUEST,
        Map.of("screeningDecision", ReplicationProcess.ACCEPT));
    flows.submit("moderator1", pi, ReplicationProcess.TASK_ARRANGE_MENTOR_MEETING, Map.of("meetingDate",
        "2026-12-01", "meetingParticipants", "Наставник, реципиент, модератор", "meetingOutcome", "План согласован"));
    upload("official72", id, "ROADMAP", "Дорожная карта.pdf");
    flows.submit("official72", pi, ReplicationProcess.TASK_SUBMIT_ROADMAP, Map.of("roadmapMilestones",
        "Утвердить порядок; 01.02.2099; Директор департамента", "roadmapNote", "Первая редакция"));
    flows.submit("moderator1", pi, ReplicationProcess.TASK_REVIEW_ROADMAP, Map.of("roadmapDecision",
        ReplicationProcess.RETURN, "roadmapComment", "Добавьте веху об обучении врачей"));
    upload("official72", id, "ROADMAP", "Дорожная карта, ред. 2.pdf");
    flows.submit("official72", pi, ReplicationProcess.TASK_SUBMIT_ROADMAP, Map.of("roadmapMilestones",
        ReplicationFixtures.ROADMAP));
    flows.submit("moderator1", pi, ReplicationProcess.TASK_REVIEW_ROADMAP, Map.of("roadmapDecision",
        ReplicationProcess.APPROVE));

    String path = "/api/replications/" + id + "/roadmaps";
    var answer = Api.as(port, "official72").get(path);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode versions = read(answer);
    assertThat(versions).hasSize(2);
    JsonNode first = versions.get(0);
    assertThat(first.get("version").asInt()).isEqualTo(1);
    assertThat(first.get("submittedBy").asText()).isEqualTo("official72");
    assertThat(first.path("submittedAt").asText(null)).isNotNull();
    assertThat(first.path("decidedAt").asText(null)).isNotNull();
    assertThat(first.get("note").asText()).isEqualTo("Первая редакция");
    assertThat(first.get("document").get("fileName").asText()).isEqualTo("Дорожная карта.pdf");
    assertThat(first.get("decision").asText()).isEqualTo("RETURNED");
    assertThat(first.get("decisionLabel").asText()).isEqualTo("возвращена с замечаниями");
    assertThat(first.get("decidedBy").asText()).isEqualTo("moderator1");
    assertThat(first.get("remarks").asText()).isEqualTo("Добавьте веху об обучении врачей");
    assertThat(first.get("milestones")).hasSize(1);
    assertThat(first.get("milestones").get(0).get("title").asText()).isEqualTo("Утвердить порядок");
    JsonNode second = versions.get(1);
    assertThat(second.get("version").asInt()).isEqualTo(2);
    assertThat(second.get("decision").asText()).isEqualTo("APPROVED");
    assertThat(second.get("decisionLabel").asText()).isEqualTo("утверждена");
    assertThat(second.path("remarks").asText(null)).as("approved: no remarks").isNull();
    assertThat(second.get("milestones")).hasSize(2);

    JsonNode whole = read(Api.as(port, "official28").get("/api/replications/" + id));
    assertThat(whole.get("roadmap")).as("the latest version, as before").hasSize(2);
    assertThat(whole.get("roadmaps")).hasSize(2);
    assertThat(Api.as(port, "official28").get(path).getStatusCode()).as("the mentor").isEqualTo(HttpStatus.OK);
    assertThat(Api.as(port, "moderator1").get(path).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Api.as(port, "auditor").get(path).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Api.as(port, "moderator2").get(path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(port, "official16").get(path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.anonymous(port).get(path).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
