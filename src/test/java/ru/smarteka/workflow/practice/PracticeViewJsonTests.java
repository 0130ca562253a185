package ru.smarteka.workflow.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The JSON our API answers with for a practice: flat, in the order clients have read since the first release, whatever
 * the records behind it look like (the passport and the dates are records of their own, unwrapped).
 */
class PracticeViewJsonTests {

  /** As the application's mapper writes (spring.jackson in application.yaml: non-null, dates as text). */
  static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json()
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  static final Instant T1 = Instant.parse("2026-03-01T09:00:00Z");
  static final Instant T2 = Instant.parse("2026-03-02T10:30:00Z");

  /** The members of the flat record the API was first written from, in its order. */
  static final List<String> FLAT = List.of("id", "version", "status", "title", "regionCode", "categoryCode",
      "levelCode", "organisation", "contactEmail", "contactPhone", "problem", "solution", "resources", "results",
      "effect", "targetAudience", "coverage", "authorTeam", "algorithm", "qolDirections", "investmentFactors",
      "documents", "revisionRound", "replicationCount", "eligibilityGrounds", "catalogueSections", "createdBy",
      "createdAt", "updatedAt", "submittedAt", "publishedAt", "legacyCategoryCode", "federalApproval");

  static PracticeView full() {
    PassportData passport = new PassportData("Выездная медицина", "28", "HEALTH", "MUNICIPAL", "Минздрав",
        "health@28.example.ru", "+7 (4162) 20-00-00", "Проблема", "Решение", "Ресурсы", "Результаты", "Эффект",
        "Сельские жители", "Весь район",
        List.of(new PassportData.Author("Иванова Анна", "Министр", "anna@28.example.ru", "+7 (4162) 20-00-01")),
        List.of("Шаг 1", "Шаг 2"), Set.of("HEALTH"), Set.of("DIGITAL"));
    return new PracticeView(7, 3, PracticeStatus.PUBLISHED, passport,
        List.of(new DocumentView(5, "passport.pdf", "application/pdf", 1234, "abc123", "official28", T1, false)),
        1, 2, List.of(new EligibilityGround("rating-top", "в первой десятке рейтинга", 2025)), Set.of("health"),
        new PracticeView.Dates("official28", T1, T2, T1, T2), "2.1",
        new FederalApproval("Федеральный раунд 2026", "Минздрав России", T2, "Рекомендована регионам", null),
        null);
  }

  @Test
  void aPracticeIsOneFlatObjectInTheOrderClientsRead() throws Exception {
    JsonNode json = JSON.readTree(JSON.writeValueAsString(full()));
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyElementsOf(FLAT);
    assertThat(json.get("title").asText()).isEqualTo("Выездная медицина");
    assertThat(json.get("createdAt").asText()).isEqualTo("2026-03-01T09:00:00Z");
    assertThat(json.get("publishedAt").asText()).isEqualTo("2026-03-02T10:30:00Z");
    assertThat(json.get("authorTeam").get(0).get("fullName").asText()).isEqualTo("Иванова Анна");
    assertThat(json.get("documents").get(0).get("fileName").asText()).isEqualTo("passport.pdf");
    assertThat(json.get("federalApproval").get("status").asText()).isEqualTo("Одобрена к массовому тиражированию");
    assertThat(json.has("passport")).as("the passport is unwrapped").isFalse();
    assertThat(json.has("dates")).as("the dates are unwrapped").isFalse();
  }

  @Test
  void aDraftLeavesOutWhatItDoesNotHaveYet() throws Exception {
    PassportData draft = new PassportData("Черновик", "28", null, null, null, null, null, null, null, null, null,
        null, null, null, List.of(), List.of(), Set.of(), Set.of());
    PracticeView view = new PracticeView(8, 0, PracticeStatus.DRAFT, draft, List.of(), 0, 0, List.of(), Set.of(),
        new PracticeView.Dates("official28", T1, T1, null, null), null, null, null);
    JsonNode json = JSON.readTree(JSON.writeValueAsString(view));
    assertThat(json.has("submittedAt")).isFalse();
    assertThat(json.has("publishedAt")).isFalse();
    assertThat(json.has("legacyCategoryCode")).isFalse();
    assertThat(json.has("federalApproval")).isFalse();
    assertThat(json.get("createdBy").asText()).isEqualTo("official28");
    assertThat(json.get("status").asText()).isEqualTo("DRAFT");
  }
}
