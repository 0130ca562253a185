package ru.smarteka.workflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import jakarta.persistence.EntityManagerFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;

/**
 * The public catalogue through a real port, without a login: Russian search with morphology, typos and highlights,
 * filters and facets, the practice page, what never leaks, paging limits, what still needs a login.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueApiTests {

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
  ProcessEngine engine;
  @Autowired
  EntityManagerFactory entityManagerFactory;

  /** A word no other test writes, so counts are this class's own (the database is shared by the suite). */
  final String marker = "metka" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);

  CataloguePractices practices;
  long library;
  long brigades;
  long draft;
  long underReview;

  /** Once for the class, inside its first test (process coverage records runs of tests only). */
  @BeforeEach
  void publishPractices() {
    if (practices != null) {
      return;
    }
    practices = new CataloguePractices(engine, practiceService, documents, publications);
    library = practices.published("72", "Школьная библиотека нового поколения " + marker, p -> {
      p.put("categoryCode", "EDUCATION");
      p.put("organisation", "Департамент образования и науки Тюменской области");
      p.put("problem", "Школьники мало читают, фонды школьных библиотек устарели");
      p.put("solution", "Библиотеки школ превращены в информационно-библиотечные центры с коворкингом");
      p.put("results", "Посещаемость библиотек выросла втрое");
      p.putArray("qolDirections").add("EDUCATION_DEVELOPMENT");
    }, null);
    brigades = practices.published("28", "Выездные бригады врачей " + marker, p -> {
    }, "Жители отдалённых сёл ждали приёма врача по две недели " + marker);
    draft = practices.draft("28", "Черновая библиотека " + marker, p -> p.put("categoryCode", "EDUCATION"));
    underReview = practices.underReview("28", "Рассматриваемая библиотека " + marker,
        p -> p.put("categoryCode", "EDUCATION"));
  }

  Api anonymous() {
    return Api.anonymous(port);
  }

  JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  JsonNode search(String query) throws Exception {
    ResponseEntity<String> response = anonymous().get("/api/catalogue?" + query);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return body(response);
  }

  /** The words as a query parameter ({@link Api} encodes the URI itself). */
  static String q(String words) {
    return "q=" + words;
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
  void anonymousFindsAPublishedPracticeByAnotherGrammaticalForm() throws Exception {
    JsonNode page = search(q("школьных библиотек " + marker));
    assertThat(ids(page)).containsExactly(library);
    assertThat(page.get("fuzzy").asBoolean()).isFalse();
    JsonNode hit = page.get("content").get(0);
    assertThat(hit.get("title").asText()).startsWith("Школьная библиотека нового поколения");
    assertThat(hit.get("regionName").asText()).isEqualTo("Тюменская область");
    assertThat(hit.get("categoryName").asText()).isEqualTo("Образование");
    assertThat(hit.get("highlights").get("title").get(0).asText())
        .contains("<mark>Школьная</mark> <mark>библиотека</mark>");
    assertThat(hit.get("highlights").get("problem").get(0).asText()).contains("<mark>школьных</mark>");
    // «ё» and «е» are one letter to the search
    assertThat(ids(search(q("отдаленных сел " + marker)))).containsExactly(brigades);
  }

  @Test
  void aTypoStillFindsThePracticeAndSaysSo() throws Exception {
    JsonNode page = search(q("бибилотека " + marker));
    assertThat(ids(page)).containsExactly(library);
    assertThat(page.get("fuzzy").asBoolean()).isTrue();
  }

  @Test
  void filtersNarrowTheResultAndFacetsCountEveryFilter() throws Exception {
    JsonNode all = search(q(marker));
    assertThat(ids(all)).containsExactlyInAnyOrder(library, brigades);
    assertThat(all.get("page").get("totalElements").asLong()).isEqualTo(2);
    assertThat(facet(all, "category", "EDUCATION")).isEqualTo(1);
    assertThat(facet(all, "category", "HEALTHCARE")).isEqualTo(1);
    assertThat(facet(all, "region", "28")).isEqualTo(1);
    assertThat(facet(all, "region", "72")).isEqualTo(1);
    assertThat(facet(all, "section", "KNOWLEDGE_BASE")).isEqualTo(2);
    assertThat(facet(all, "section", "QUALITY_OF_LIFE")).isEqualTo(2);
    assertThat(facet(all, "direction", "MEDICAL_CARE")).isEqualTo(1);
    assertThat(facet(all, "district", "Дальневосточный")).isEqualTo(1);
    assertThat(all.get("facets").get("level").get(0).get("name").asText()).isNotBlank();

    JsonNode education = search(q(marker) + "&category=EDUCATION&section=KNOWLEDGE_BASE");
    assertThat(ids(education)).containsExactly(library);
    assertThat(facet(education, "region", "72")).isEqualTo(1);
    assertThat(facet(education, "region", "28")).isZero();
    // a 2021 code is searched as its 2026 category: «Здоровье и образ жизни» is healthcare now
    assertThat(ids(search(q(marker) + "&category=HEALTH_LIFESTYLE"))).containsExactly(brigades);
    // several values of one filter: any of them
    assertThat(ids(search(q(marker) + "&region=28&region=72"))).hasSize(2);
    assertThat(ids(search(q(marker) + "&district=Уральский"))).containsExactly(library);
    assertThat(ids(search(q(marker) + "&direction=MEDICAL_CARE&level=SYSTEMIC_PRACTICE"))).containsExactly(brigades);
  }

  @Test
  void pagesAndOrdersTheCatalogue() throws Exception {
    JsonNode first = search(q(marker) + "&size=1&sort=published");
    assertThat(first.get("page").get("totalPages").asLong()).isEqualTo(2);
    assertThat(ids(first)).containsExactly(brigades);
    assertThat(ids(search(q(marker) + "&size=1&page=1&sort=published"))).containsExactly(library);
    assertThat(ids(search(q(marker) + "&size=1&sort=published,asc"))).containsExactly(library);
    assertThat(ids(search(q(marker) + "&sort=replications"))).hasSize(2);
    assertThat(ids(search(q(marker) + "&page=5"))).isEmpty();
  }

  @Test
  void thePracticePageShowsThePublicPassportInTheEditorsEdition() throws Exception {
    ResponseEntity<String> response = anonymous().get("/api/catalogue/" + brigades);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode page = body(response);
    assertThat(page.get("title").asText()).startsWith("Выездные бригады врачей");
    assertThat(page.get("problem").asText()).isEqualTo("Жители отдалённых сёл ждали приёма врача по две недели "
        + marker);
    assertThat(page.get("regionName").asText()).isEqualTo("Амурская область");
    assertThat(page.get("authorTeam").get(0).asText()).isEqualTo("Иванов Андрей Петрович, Заместитель министра");
    assertThat(page.get("sections").findValuesAsText("name")).contains("База знаний", "РКЖ");
    assertThat(page.get("directions").get(0).get("code").asText()).isEqualTo("MEDICAL_CARE");
    // nothing of the review, nobody's contacts, no logins
    assertThat(response.getBody()).doesNotContain("minzdrav@example.ru", "ivanov@example.ru", "+7 914",
        "4162", "official28", "contactEmail", "eligibility", "\"status\"", "revisionRound", "uploadedBy");
    // documents only those an editor made public (none here), no region replicating it yet
    assertThat(page.get("documents")).isEmpty();
    assertThat(page.get("replicatingRegions")).isEmpty();
    assertThat(response.getHeaders().getCacheControl()).contains("public").contains("max-age=60");
    // the same content, the same tag: a client that has it gets 304 without a body
    String etag = response.getHeaders().getETag();
    assertThat(etag).matches("\"[0-9a-f]{64}\"");
    HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/catalogue/" + brigades)).header("If-None-Match", etag).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void practicesNotPublishedNeverLeakNotEvenByTheirId() throws Exception {
    assertThat(ids(search(q("черновая " + marker)))).doesNotContain(draft, underReview);
    assertThat(ids(search(q("рассматриваемая " + marker)))).doesNotContain(draft, underReview);
    assertThat(ids(search(q(marker) + "&category=EDUCATION&size=100"))).containsExactly(library);
    for (long id : List.of(draft, underReview, 999_999_999L)) {
      ResponseEntity<String> page = anonymous().get("/api/catalogue/" + id);
      assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
      assertThat(page.getBody()).doesNotContain("Черновая", "Рассматриваемая");
    }
    // not even through the similar practices of a published one of the same category
    assertThat(body(anonymous().get("/api/catalogue/" + library)).get("similar").findValuesAsText("id"))
        .doesNotContain(String.valueOf(draft), String.valueOf(underReview));
  }

  @Test
  void theIndexFollowsAPublicationAndAWithdrawalTakesNothingPublic() throws Exception {
    String word = "znak" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    long id = practices.underReview("28", "Поздняя практика " + word, p -> { });
    assertThat(ids(search(q(word)))).isEmpty();
    practiceService.withdraw(id, "official28", "Передумали");
    assertThat(ids(search(q(word)))).isEmpty();
    long published = practices.published("28", "Опубликованная позже " + word, p -> { }, null);
    assertThat(ids(search(q(word)))).containsExactly(published);
  }

  @Test
  void malformedQueriesAreRefusedNamingTheParameter() throws Exception {
    assertRefused("/api/catalogue?sort=nosuchfield", "sort");
    assertRefused("/api/catalogue?sort=published,sideways", "sort");
    assertRefused("/api/catalogue?size=101", "size");
    assertRefused("/api/catalogue?size=0", "size");
    assertRefused("/api/catalogue?page=-1", "page");
    assertRefused("/api/catalogue?page=abc", "page");
    assertRefused("/api/catalogue?page=500&size=20", "page");
    assertRefused("/api/catalogue?" + q("а".repeat(201)), "q");
    assertRefused("/api/catalogue?region=99", "region");
    assertRefused("/api/catalogue?category=INVESTMENTS", "category");
    assertRefused("/api/catalogue?level=NOPE", "level");
    assertRefused("/api/catalogue?section=NOPE", "section");
    assertRefused("/api/catalogue?direction=NOPE", "direction");
    assertRefused("/api/catalogue?factor=NOPE", "factor");
    assertRefused("/api/catalogue?district=NOPE", "district");
    assertRefused("/api/catalogue?" + q("а".repeat(10_000)), "q");
    // the practice list refuses an unknown sort the same way
    ResponseEntity<String> list = Api.as(port, "official28").get("/api/practices?sort=nosuchfield");
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(body(list).get("errors").get(0).get("field").asText()).isEqualTo("sort");
  }

  void assertRefused(String path, String parameter) throws Exception {
    ResponseEntity<String> response = anonymous().get(path);
    assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(body(response).get("errors").findValuesAsText("field")).as(path).contains(parameter);
  }

  @Test
  void onlyReadingTheCatalogueIsOpenEverythingElseNeedsALogin() {
    Api anonymous = anonymous();
    assertThat(anonymous.get("/api/catalogue").getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String path : List.of("/api/practices", "/api/practices/" + library, "/api/reference/categories",
        "/api/reference/regions", "/api/admin/catalogue/reindex", "/api/replications", "/v3/api-docs")) {
      assertThat(anonymous.get(path).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(anonymous.postJson("/api/catalogue", "{}").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.putJson("/api/catalogue/" + library, "{}", h -> { }).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.delete("/api/catalogue/" + library).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // a path that only looks like the catalogue's
    assertThat(anonymous.get("/api/catalogue-export").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // logged in, a method the catalogue does not offer
    assertThat(Api.as(port, "official28").postJson("/api/catalogue", "{}").getStatusCode())
        .isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(Api.as(port, "official28").get("/api/admin/catalogue/reindex").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anAdministratorRebuildsTheCatalogueAndWatchesItsProgress() throws Exception {
    Api admin = Api.as(port, "demo");
    ResponseEntity<String> started = admin.postJson("/api/admin/catalogue/reindex", "");
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    JsonNode progress = body(started);
    for (int i = 0; i < 200 && !progress.get("state").asText().equals("DONE"); i++) {
      assertThat(progress.get("state").asText()).isIn("RUNNING", "DONE");
      Thread.sleep(100);
      progress = body(admin.get("/api/admin/catalogue/reindex"));
    }
    assertThat(progress.get("state").asText()).isEqualTo("DONE");
    assertThat(progress.get("done").asLong()).isEqualTo(progress.get("total").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(ids(search(q("школьных библиотек " + marker)))).containsExactly(library);
  }

  @Test
  void editorsComposeAndPublishACollectionThatThePublicReads() throws Exception {
    Api editor = Api.as(port, "editor");
    String collection = """
        {"title": "Чтение и здоровье %s", "description": "Практики о школьных библиотеках и врачах",
         "coverText": "Лучшее за год", "practiceIds": [%d, %d], "published": false, "position": 1}""";
    assertThat(Api.as(port, "official28").postJson("/api/collections", collection.formatted(marker, brigades,
        library)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(anonymous().postJson("/api/collections", collection.formatted(marker, brigades, library))
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> withDraft = editor.postJson("/api/collections", collection.formatted(marker, brigades,
        draft));
    assertThat(withDraft.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(body(withDraft).get("errors").get(0).get("field").asText()).isEqualTo("practiceIds");
    ResponseEntity<String> untitled = editor.postJson("/api/collections", "{\"practiceIds\": []}");
    assertThat(body(untitled).get("errors").get(0).get("field").asText()).isEqualTo("title");

    ResponseEntity<String> created = editor.postJson("/api/collections", collection.formatted(marker, brigades,
        library));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = body(created).get("id").asLong();
    assertThat(anonymous().get("/api/catalogue/collections/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(anonymous().get("/api/catalogue/collections").getBody()).doesNotContain("Чтение и здоровье " + marker);

    String reordered = """
        {"title": "Чтение и здоровье %s", "description": "Практики о школьных библиотеках и врачах",
         "coverText": "Лучшее за год", "practiceIds": [%d, %d], "published": true, "position": 1}"""
        .formatted(marker, library, brigades);
    ResponseEntity<String> published = editor.putJson("/api/collections/" + id, reordered,
        h -> h.setIfMatch(created.getHeaders().getETag()));
    assertThat(published.getStatusCode()).as(published.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(editor.putJson("/api/collections/" + id, reordered, h -> h.setIfMatch("\"0\"")).getStatusCode())
        .isEqualTo(HttpStatus.PRECONDITION_FAILED);
    assertThat(editor.putJson("/api/collections/" + id, reordered, h -> { }).getStatusCode())
        .isEqualTo(HttpStatus.PRECONDITION_REQUIRED);

    ResponseEntity<String> read = anonymous().get("/api/catalogue/collections/" + id);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(read).get("practices").findValuesAsText("id"))
        .containsExactly(String.valueOf(library), String.valueOf(brigades));
    assertThat(read.getBody()).doesNotContain("\"editor\"");
    assertThat(anonymous().get("/api/catalogue/collections").getBody()).contains("Чтение и здоровье " + marker);
    JsonNode page = body(anonymous().get("/api/catalogue/" + library));
    assertThat(page.get("collections").findValuesAsText("title")).contains("Чтение и здоровье " + marker);

    JsonNode history = body(editor.get("/api/collections/" + id + "/history"));
    assertThat(history.findValuesAsText("action")).containsExactly("CREATED", "PUBLISHED");
    assertThat(history.findValuesAsText("changedBy")).containsOnly("editor");
    assertThat(editor.delete("/api/collections/" + id).getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
    HttpResponse<String> deleted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/collections/" + id)).DELETE()
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
            "editor:editor".getBytes(StandardCharsets.UTF_8)))
        .header("If-Match", published.getHeaders().getETag()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(anonymous().get("/api/catalogue/collections/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(body(editor.get("/api/collections/" + id + "/history")).findValuesAsText("action"))
        .containsExactly("CREATED", "PUBLISHED", "DELETED");
  }

  @Test
  void aSearchRunsNoSqlWhateverItFindsAndAPracticePageAFewStatements() throws Exception {
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    search(q(marker)); // the reference names are read at most once a minute: read them now
    boolean enabled = statistics.isStatisticsEnabled();
    statistics.setStatisticsEnabled(true);
    try {
      statistics.clear();
      JsonNode page = search("size=100");
      assertThat(page.get("content").size()).isGreaterThanOrEqualTo(2);
      assertThat(statistics.getPrepareStatementCount()).as("statements of a search").isZero();
      statistics.clear();
      search("category=HEALTHCARE&sort=replications&" + q("врачей"));
      assertThat(statistics.getPrepareStatementCount()).as("statements of a filtered search").isZero();
      statistics.clear();
      anonymous().get("/api/catalogue/" + library);
      // the passport, its team, steps, directions, factors, sections, editions, collections: not one per anything
      assertThat(statistics.getPrepareStatementCount()).as("statements of a practice page").isLessThanOrEqualTo(10);
    } finally {
      statistics.setStatisticsEnabled(enabled);
    }
  }

  @Test
  void theIndexFollowsAValidatedReplication() throws Exception {
    JsonNode before = body(anonymous().get("/api/catalogue/" + library));
    practiceService.recordReplication(library);
    JsonNode page = search(q(marker) + "&sort=replications");
    assertThat(ids(page).get(0)).isEqualTo(library);
    assertThat(page.get("content").get(0).get("replicationCount").asInt())
        .isEqualTo(before.get("replicationCount").asInt() + 1);
    assertThat(ids(search(q(marker) + "&section=REPLICATION"))).containsExactly(library);
    assertThat(body(anonymous().get("/api/catalogue/" + library)).get("sections").findValuesAsText("name"))
        .contains("Тиражирование");
  }
}
