package ru.smarteka.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Passports;

/**
 * Our API answers every malformed request with a 4xx {@code application/problem+json} naming what is wrong: paging,
 * sorting, media types, methods, paths, NUL characters; never a 500, never an HTML page.
 */
@IntegrationTest
class ApiHygieneTests {

  @LocalServerPort
  int port;

  final ObjectMapper json = new ObjectMapper();
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  record Answer(int status, String contentType, JsonNode body, String raw) {
    List<String> fields() {
      List<String> fields = new ArrayList<>();
      body.path("errors").forEach(e -> fields.add(e.get("field").asText()));
      return fields;
    }
  }

  Answer send(String method, String path, String contentType, byte[] body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            "official28:official28".getBytes(StandardCharsets.UTF_8)))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    String type = response.headers().firstValue("Content-Type").orElse("");
    JsonNode parsed = response.body().isEmpty() ? json.nullNode() : type.contains("json")
        ? json.readTree(response.body()) : json.nullNode();
    return new Answer(response.statusCode(), type, parsed, response.body());
  }

  Answer get(String path) throws Exception {
    return send("GET", path, null, null);
  }

  Answer postJson(String path, String body) throws Exception {
    return send("POST", path, "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  static void assertProblem(Answer answer, int status) {
    assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
    assertThat(MediaType.parseMediaType(answer.contentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .as(answer.contentType()).isTrue();
    assertThat(answer.raw()).doesNotContainPattern(HostileSweepTests.JAVA_CLASS);
  }

  @Test
  void unknownSortPropertyIsABadRequestNamingTheParameter() throws Exception {
    Answer answer = get("/api/practices?sort=nosuchfield");
    assertProblem(answer, 400);
    assertThat(answer.fields()).containsExactly("sort");
    assertProblem(get("/api/practices?sort=algorithm,desc"), 400);
    assertProblem(get("/api/practices?sort=title,sideways"), 400);
    assertThat(get("/api/practices?sort=title,asc").status()).isEqualTo(200);
    assertProblem(get("/api/replications?sort=nosuchfield"), 400);
  }

  @Test
  void badPagingIsABadRequestAndAPagePastTheEndIsEmpty() throws Exception {
    for (String query : List.of("page=-1", "page=abc", "size=101", "size=0", "size=abc", "page=99999999999",
        "page=2147483647&size=100")) {
      Answer answer = get("/api/practices?" + query);
      assertProblem(answer, 400);
      assertThat(answer.fields()).as(query).isNotEmpty();
    }
    Answer pastTheEnd = get("/api/practices?page=99999&size=100");
    assertThat(pastTheEnd.status()).isEqualTo(200);
    assertThat(pastTheEnd.body().get("content")).isEmpty();
  }

  @Test
  void unsupportedMediaTypesAreProblems() throws Exception {
    byte[] passport = Passports.draft("28", "Медиа").getBytes(StandardCharsets.UTF_8);
    for (String type : List.of("*/*", "application/*", "text/plain", "application/xml", "multipart/form-data",
        "application/x-www-form-urlencoded")) {
      Answer answer = send("POST", "/api/practices", type, passport);
      assertThat(answer.status()).as(type + ": " + answer.raw()).isIn(400, 415);
      assertProblem(answer, answer.status());
    }
  }

  @Test
  void wrongMethodUnknownPathAndMalformedValuesAreProblems() throws Exception {
    assertProblem(send("DELETE", "/api/practices", null, null), 405);
    assertProblem(get("/api/no-such-thing"), 404);
    Answer notANumber = get("/api/practices/abc");
    assertProblem(notANumber, 400);
    assertThat(notANumber.fields()).containsExactly("id");
    Answer unreadable = postJson("/api/practices", "{\"title\": 5, \"regionCode\": {\"a\": 1}}");
    assertProblem(unreadable, 400);
    assertProblem(postJson("/api/practices", "{"), 400);
  }

  @Test
  void nulCharacterIsRefusedWithItsFieldBeforeTheDatabase() throws Exception {
    Answer inJson = postJson("/api/practices", "{\"title\": \"a\\u0000b\", \"regionCode\": \"28\"}");
    assertProblem(inJson, 400);
    assertThat(inJson.fields()).containsExactly("title");
    Answer inQuery = get("/api/practices?region=2%008");
    assertProblem(inQuery, 400);
    assertThat(inQuery.fields()).containsExactly("region");
    Answer inPath = get("/api/practices/1%00");
    assertProblem(inPath, 400);
  }

  @Test
  void encodedSlashOrBackslashInThePathIsAProblemNotAnHtmlPage() throws Exception {
    assertProblem(get("/api/practices/a%2Fb"), 400);
    assertProblem(get("/api/practices/a%5Cb"), 400);
    assertProblem(get("/api/practices/%2e%2e/x"), 400);
  }

  @Test
  void errorPageAskedForDirectlyIsNotFound() throws Exception {
    assertProblem(get("/error"), 404);
  }

  @Test
  void swaggerNamesTheApiOrdersTheTagsByTheWorkAndDocumentsEveryProblemWithAnExample() throws Exception {
    Answer docs = get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    JsonNode info = docs.body().get("info");
    assertThat(info.get("title").asText()).startsWith("Смартека").doesNotContain("OpenAPI definition");
    assertThat(info.get("version").asText()).isNotEqualTo("v0").isNotBlank();
    assertThat(info.get("description").asText()).contains("problem+json");

    List<String> tags = new ArrayList<>();
    docs.body().get("tags").forEach(tag -> tags.add(tag.get("name").asText()));
    assertThat(tags).doesNotContain("reference-import-controller")
        .containsSubsequence("Практики", "Публикация", "Тиражирование", "Квартальные отчёты",
            "Справочники: администрирование");

    List<String> undocumented = new ArrayList<>();
    docs.body().get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      for (String status : List.of("400", "401", "403", "404", "409", "412", "413", "415", "422", "428", "429")) {
        JsonNode example = op.getValue().path("responses").path(status).path("content")
            .path("application/problem+json").path("examples");
        if (!example.elements().hasNext()) {
          undocumented.add(op.getKey() + " " + path.getKey() + " " + status);
        }
      }
    }));
    assertThat(undocumented).isEmpty();
  }
}
