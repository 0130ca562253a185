package ru.smarteka.workflow.replication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
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
}
