package ru.smarteka.workflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;

/** The reference lists a portal reads: for any logged-in user, with entity tags; nobody without a login. */
@IntegrationTest
class ReferenceApiTests {

  @LocalServerPort
  int port;
  @Autowired
  ObjectMapper json;

  JsonNode read(String path) throws Exception {
    ResponseEntity<String> response = Api.as(port, "official28").get(path);
    assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getCacheControl()).as(path).contains("private").contains("max-age=300");
    assertThat(response.getHeaders().getETag()).as(path).matches("\"[0-9a-f]{64}\"");
    return json.readTree(response.getBody());
  }

  static JsonNode byCode(JsonNode list, String code) {
    for (JsonNode item : list) {
      if (item.get("code").asText().equals(code)) {
        return item;
      }
    }
    throw new AssertionError("no " + code + " in " + list);
  }

  @Test
  void categoriesCarryThe2021CodesThatMapOntoThemAndWhatTheyImprove() throws Exception {
    JsonNode categories = read("/api/reference/categories");
    assertThat(categories).hasSize(10);
    assertThat(categories.get(0).get("name").asText()).isEqualTo("Здравоохранение");
    JsonNode entrepreneurship = byCode(categories, "ENTREPRENEURSHIP");
    assertThat(entrepreneurship.get("legacyCategories").findValuesAsText("code"))
        .containsExactly("INVESTMENT", "ENTREPRENEURSHIP_EXPORT");
    assertThat(byCode(categories, "HEALTHCARE").get("qolDirections").toString()).contains("MEDICAL_CARE");
    JsonNode legacy = read("/api/reference/legacy-categories");
    assertThat(legacy).hasSize(12);
    assertThat(byCode(legacy, "INVESTMENT").get("categoryCode").asText()).isEqualTo("ENTREPRENEURSHIP");
  }

  @Test
  void regionsDistrictsLevelsSectionsDirectionsFactorsAndBodies() throws Exception {
    JsonNode regions = read("/api/reference/regions");
    assertThat(regions).hasSize(89);
    assertThat(byCode(regions, "28").get("name").asText()).isEqualTo("Амурская область");
    assertThat(byCode(regions, "28").get("federalDistrict").asText()).isEqualTo("Дальневосточный");
    assertThat(read("/api/reference/districts").toString()).contains("Дальневосточный",
        "Уральский");
    assertThat(read("/api/reference/levels")).hasSize(3);
    JsonNode sections = read("/api/reference/sections");
    assertThat(sections.findValuesAsText("name")).containsExactly("База знаний", "Тиражирование", "Подборки",
        "Нацрейтинг", "РКЖ");
    assertThat(byCode(read("/api/reference/qol-directions"), "MEDICAL_CARE").get("categories").toString())
        .contains("HEALTHCARE");
    JsonNode factors = read("/api/reference/investment-factors");
    assertThat(factors).isNotEmpty();
    assertThat(factors.get(0).get("categories")).isNotNull();
    JsonNode bodies = read("/api/reference/regions/28/responsible-bodies");
    assertThat(bodies).isNotEmpty();
    assertThat(bodies.get(0).get("categoryCodes")).isNotEmpty();
    ResponseEntity<String> unknown = Api.as(port, "official28").get("/api/reference/regions/99/responsible-bodies");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
  }

  @Test
  void anUnchangedListIsNotSentAgainAndNobodyReadsWithoutALogin() throws Exception {
    ResponseEntity<String> first = Api.as(port, "expert1").get("/api/reference/categories");
    String etag = first.getHeaders().getETag();
    String basic = "Basic " + Base64.getEncoder().encodeToString("expert1:expert1".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/reference/categories"))
        .header("Authorization", basic).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    for (String list : new String[] {"regions", "districts", "categories", "legacy-categories", "levels", "sections",
        "qol-directions", "investment-factors", "regions/28/responsible-bodies"}) {
      assertThat(Api.anonymous(port).get("/api/reference/" + list).getStatusCode()).as(list)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }
}
