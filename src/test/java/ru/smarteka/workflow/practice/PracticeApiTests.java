package ru.smarteka.workflow.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.support.IntegrationTest;

/** The practice passport API: drafts, edits with concurrency control, region scoping, the list, submission. */
@IntegrationTest
class PracticeApiTests {

  static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes();

  @LocalServerPort
  int port;

  @Autowired
  ObjectMapper json;

  Api official28() {
    return Api.as(port, "official28");
  }

  JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  long createDraft(Api api, String region, String passport) throws Exception {
    var created = api.postJson("/api/practices", passport);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return body(created).get("id").asLong();
  }

  @Test
  void officialCreatesReadsAndEditsADraftOfTheirRegion() throws Exception {
    var created = official28().postJson("/api/practices", Passports.draft("28", "Бережливая поликлиника"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode practice = body(created);
    long id = practice.get("id").asLong();
    assertThat(created.getHeaders().getLocation()).hasToString("/api/practices/" + id);
    assertThat(practice.get("status").asText()).isEqualTo("DRAFT");
    assertThat(practice.get("createdBy").asText()).isEqualTo("official28");
    assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");

    var read = official28().get("/api/practices/" + id);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    String etag = read.getHeaders().getETag();

    var updated = official28().putJson("/api/practices/" + id, Passports.complete("28", "Бережливая поликлиника"),
        h -> h.setIfMatch(etag));
    assertThat(updated.getStatusCode()).as(updated.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(updated.getHeaders().getETag()).isNotEqualTo(etag);
    JsonNode edited = body(updated);
    assertThat(edited.get("categoryCode").asText()).isEqualTo("HEALTHCARE");
    assertThat(edited.get("algorithm")).hasSize(3);
    assertThat(edited.get("authorTeam").get(0).get("fullName").asText()).isEqualTo("Иванов Андрей Петрович");
    assertThat(edited.get("qolDirections").get(0).asText()).isEqualTo("MEDICAL_CARE");
  }

  @Test
  void badPassportIsRefusedWithTheOffendingFields() throws Exception {
    String bad = """
        {"title": "", "regionCode": "2", "contactEmail": "not-an-email", "contactPhone": "call me",
         "authorTeam": [{"fullName": "", "jobTitle": "Министр"}], "algorithm": ["Шаг", " "]}""";
    var response = official28().postJson("/api/practices", bad);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    List<String> fields = new ArrayList<>();
    body(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("title", "regionCode", "contactEmail", "contactPhone", "authorTeam[0].fullName",
        "algorithm[1]");
  }

  @Test
  void unknownReferenceCodesAreRefused() throws Exception {
    String passport = """
        {"title": "Практика", "regionCode": "28", "categoryCode": "ASTROLOGY", "levelCode": "TOP",
         "qolDirections": ["NOPE"]}""";
    var response = official28().postJson("/api/practices", passport);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> fields = new ArrayList<>();
    body(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("categoryCode", "levelCode", "qolDirections");
  }

  @Test
  void unreadableJsonIsAProblemNotAnError() {
    var response = official28().postJson("/api/practices", "{\"title\": ");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("\"title\"", "Неверный формат запроса");
  }

  @Test
  void officialCannotCreateAPracticeOfAnotherRegion() {
    var response = official28().postJson("/api/practices", Passports.draft("72", "Чужая практика"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void officialOfAnotherRegionNeitherReadsNorEditsADraft() throws Exception {
    long id = createDraft(Api.as(port, "official72"), "72", Passports.draft("72", "Тюменский черновик"));
    assertThat(official28().get("/api/practices/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(official28().putJson("/api/practices/" + id, Passports.draft("72", "Захват"), h -> h.setIfMatch("\"0\""))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(official28().postJson("/api/practices/" + id + "/submit", "").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(official28().get("/api/practices/" + id + "/documents").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // the region's own secretary sees it but does not edit it; ASI moderators see every region's practices
    assertThat(Api.as(port, "secretary72").get("/api/practices/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Api.as(port, "secretary72").putJson("/api/practices/" + id, Passports.draft("72", "x"),
        h -> h.setIfMatch("\"0\"")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(port, "moderator1").get("/api/practices/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Api.as(port, "moderator1").putJson("/api/practices/" + id, Passports.draft("72", "x"),
        h -> h.setIfMatch("\"0\"")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void staleEditIsRefusedAndNothingIsOverwritten() throws Exception {
    long id = createDraft(official28(), "28", Passports.draft("28", "Первая редакция"));
    var first = official28().putJson("/api/practices/" + id, Passports.draft("28", "Правка Андрея"),
        h -> h.setIfMatch("\"0\""));
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    var second = official28().putJson("/api/practices/" + id, Passports.draft("28", "Правка коллеги"),
        h -> h.setIfMatch("\"0\""));
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
    assertThat(body(official28().get("/api/practices/" + id)).get("title").asText()).isEqualTo("Правка Андрея");
  }

  @Test
  void editWithoutIfMatchIsRefused() throws Exception {
    long id = createDraft(official28(), "28", Passports.draft("28", "Без версии"));
    var response = official28().putJson("/api/practices/" + id, Passports.draft("28", "x"), h -> { });
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
    assertThat(response.getBody()).contains("If-Match");
  }

  @Test
  void regionOfAPracticeCannotBeChanged() throws Exception {
    long id = createDraft(official28(), "28", Passports.draft("28", "Амурская"));
    var response = official28().putJson("/api/practices/" + id, Passports.draft("72", "Амурская"),
        h -> h.setIfMatch("\"0\""));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("regionCode");
  }

  @Test
  void incompletePassportIsNotSubmittedAndTheMissingFieldsAreNamed() throws Exception {
    long id = createDraft(official28(), "28", Passports.draft("28", "Неполный паспорт"));
    var response = official28().postJson("/api/practices/" + id + "/submit", "");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> fields = new ArrayList<>();
    body(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("categoryCode", "levelCode", "organisation", "problem", "solution", "algorithm",
        "authorTeam", "documents").doesNotContain("title");
    assertThat(body(official28().get("/api/practices/" + id)).get("status").asText()).isEqualTo("DRAFT");
  }

  @Test
  void completePassportIsSubmittedOnceAndItsHistoryKept() throws Exception {
    long id = createDraft(official28(), "28", Passports.complete("28", "Выездные бригады"));
    assertThat(official28().upload("/api/practices/" + id + "/documents", "file", "приказ.pdf", PDF)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);

    var submitted = official28().postJson("/api/practices/" + id + "/submit", "");
    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(body(submitted).get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(body(submitted).get("submittedAt").isNull()).isFalse();

    var again = official28().postJson("/api/practices/" + id + "/submit", "");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    var edit = official28().putJson("/api/practices/" + id, Passports.complete("28", "Поздняя правка"),
        h -> h.setIfMatch(submitted.getHeaders().getETag()));
    assertThat(edit.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    JsonNode history = body(official28().get("/api/practices/" + id + "/history"));
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("status").asText()).isEqualTo("DRAFT");
    assertThat(history.get(1).get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(history.get(1).get("changedBy").asText()).isEqualTo("official28");
  }

  @Test
  void listIsFilteredPagedAndScopedToWhatTheUserMaySee() throws Exception {
    String marker = "Список-" + System.nanoTime();
    for (int i = 0; i < 3; i++) {
      createDraft(official28(), "28", Passports.complete("28", marker + "-28-" + i));
    }
    createDraft(Api.as(port, "official72"), "72", Passports.draft("72", marker + "-72"));

    JsonNode page = body(official28().get("/api/practices?region=28&category=HEALTHCARE&status=DRAFT&size=2"));
    assertThat(page.get("content")).hasSize(2);
    assertThat(page.get("page").get("size").asInt()).isEqualTo(2);
    assertThat(page.get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(3);

    // an official sees the practices of their region, and the published ones of every region
    JsonNode ownView = body(official28().get("/api/practices?size=100"));
    ownView.get("content").forEach(p -> assertThat(p.get("regionCode").asText().equals("28")
        || p.get("status").asText().equals("PUBLISHED")).as(p.toString()).isTrue());
    assertThat(body(official28().get("/api/practices?region=72&status=DRAFT&size=100")).get("content")).isEmpty();

    JsonNode moderatorView = body(Api.as(port, "moderator1").get("/api/practices?region=72&size=100"));
    assertThat(moderatorView.get("content").findValuesAsText("title")).contains(marker + "-72");
  }
}
