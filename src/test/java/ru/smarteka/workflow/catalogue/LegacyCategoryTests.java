package ru.smarteka.workflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;

/**
 * A category code of the 2021 list (decree 188) is accepted wherever a category is: in the passport (stored as its
 * 2026 category, the code given kept), in the practice list's filter and in the CSV import of responsible bodies.
 */
@IntegrationTest
class LegacyCategoryTests {

  @LocalServerPort
  int port;
  @Autowired
  ObjectMapper json;

  @Test
  void aPassportNamedByThe2021CodeIsStoredAsIts2026CategoryWithTheCodeKept() throws Exception {
    Api official = Api.as(port, "official28");
    ResponseEntity<String> created = official.postJson("/api/practices", """
        {"title": "Инвестиционный портал Приамурья", "regionCode": "28", "categoryCode": "INVESTMENT"}""");
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode practice = json.readTree(created.getBody());
    assertThat(practice.get("categoryCode").asText()).isEqualTo("ENTREPRENEURSHIP");
    assertThat(practice.get("legacyCategoryCode").asText()).isEqualTo("INVESTMENT");
    long id = practice.get("id").asLong();

    JsonNode list = json.readTree(official.get("/api/practices?category=INVESTMENT&size=100").getBody());
    assertThat(list.get("content").findValuesAsText("id")).contains(String.valueOf(id));

    // named by the 2026 code again: nothing of 2021 left on the record
    ResponseEntity<String> edited = official.putJson("/api/practices/" + id, """
        {"title": "Инвестиционный портал Приамурья", "regionCode": "28", "categoryCode": "ENTREPRENEURSHIP"}""",
        h -> h.setIfMatch(created.getHeaders().getETag()));
    assertThat(edited.getStatusCode()).as(edited.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(edited.getBody()).has("legacyCategoryCode")).isFalse();

    ResponseEntity<String> unknown = official.postJson("/api/practices", """
        {"title": "Неизвестная категория", "regionCode": "28", "categoryCode": "INVESTMENTS"}""");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(unknown.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("categoryCode");
  }

  @Test
  void theImportOfResponsibleBodiesTakes2021Codes() throws Exception {
    String csv = """
        region;body;categories;coordinator
        79;Министерство экономики Еврейской автономной области;INVESTMENT|EDUCATION;true
        """;
    ResponseEntity<String> imported = Api.as(port, "demo").post("/api/admin/reference/responsible-bodies",
        MediaType.parseMediaType("text/csv"), csv);
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode bodies = json.readTree(Api.as(port, "official28").get("/api/reference/regions/79/responsible-bodies")
        .getBody());
    assertThat(bodies.get(0).get("categoryCodes").toString()).isEqualTo("[\"ENTREPRENEURSHIP\",\"EDUCATION\"]");
  }
}
