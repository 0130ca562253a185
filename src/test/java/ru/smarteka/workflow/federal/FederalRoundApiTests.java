package ru.smarteka.workflow.federal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.PublishedPractices;
import ru.smarteka.workflow.support.Workflows;

/**
 * {@code /api/federal-rounds}: a moderator opens a round over HTTP; each body sees the round and only its own reviews,
 * a body outside the round sees nothing; the summary as JSON and XLSX for ASI and auditors only; the practice's
 * approval in its view; problem+json refusals.
 */
@IntegrationTest
class FederalRoundApiTests {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired TaskService taskService;
  @Autowired ObjectMapper json;

  Workflows flows;
  PublishedPractices published;

  @BeforeEach
  void setUp() {
    flows = new Workflows(engine);
    published = new PublishedPractices(engine, practices, documents, publications);
  }

  String openBody(String reviewers, long... practiceIds) {
    StringBuilder ids = new StringBuilder();
    for (long id : practiceIds) {
      ids.append(ids.isEmpty() ? "" : ",").append(id);
    }
    return "{\"name\":\"Отбор практик 2026 года\",\"deadline\":\""
        + OffsetDateTime.now(ZoneOffset.ofHours(3)).plusDays(45).withNano(0) + "\",\"reviewerCodes\":[" + reviewers
        + "],\"practiceIds\":[" + ids + "]}";
  }

  JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  static void isProblem(ResponseEntity<String> response, HttpStatus status) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody()).doesNotContain("Exception", "ru.smarteka");
  }

  @Test
  void eachBodySeesOnlyItsOwnReviewsAndOnlyStaffTheSummary() throws Exception {
    long practice = published.publish("28", "Оценка качества медицинских услуг по данным соцсетей");
    ResponseEntity<String> opened = Api.as(port, "moderator1").postJson("/api/federal-rounds",
        openBody("\"minzdrav\",\"health\"", practice));
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long roundId = body(opened).get("id").asLong();
    assertThat(opened.getHeaders().getLocation()).hasPath("/api/federal-rounds/" + roundId);
    assertThat(body(opened).get("practices").get(0).get("title").asText())
        .isEqualTo("Оценка качества медицинских услуг по данным соцсетей");

    String round = "/api/federal-rounds/" + roundId;
    JsonNode asMinzdrav = body(Api.as(port, "minzdrav").get(round));
    assertThat(asMinzdrav.get("practices").get(0).get("reviews")).hasSize(1);
    assertThat(asMinzdrav.get("practices").get(0).get("reviews").get(0).get("reviewerCode").asText())
        .isEqualTo("minzdrav");
    JsonNode commissionReviews = body(Api.as(port, "gs-health").get(round + "/reviews"));
    assertThat(commissionReviews).hasSize(1);
    assertThat(commissionReviews.get(0).get("reviewerCode").asText()).isEqualTo("health");
    assertThat(body(Api.as(port, "moderator2").get(round + "/reviews"))).hasSize(2);
    assertThat(body(Api.as(port, "auditor").get(round)).get("practices").get(0).get("reviews")).hasSize(2);

    // a body outside the round, an official, the author: nothing of the round
    isProblem(Api.as(port, "minprosv").get(round), HttpStatus.NOT_FOUND);
    isProblem(Api.as(port, "minprosv").get(round + "/reviews"), HttpStatus.NOT_FOUND);
    isProblem(Api.as(port, "official28").get(round), HttpStatus.NOT_FOUND);
    // nor its summary for the bodies
    isProblem(Api.as(port, "minzdrav").get(round + "/summary"), HttpStatus.FORBIDDEN);
    isProblem(Api.as(port, "minzdrav").get(round + "/summary.xlsx"), HttpStatus.FORBIDDEN);
    // the tasks of one body are not another's
    Task minzdravTask = taskService.createTaskQuery().taskCandidateGroup("federal-body-minzdrav")
        .processInstanceBusinessKey(BusinessKeys.federalReview(body(opened).get("practices").get(0).get("id").asLong()))
        .singleResult();
    assertThat(flows.as("gs-health", () -> taskService.createTaskQuery().taskId(minzdravTask.getId()).count()))
        .isZero();
    assertThat(flows.as("minprosv", () -> taskService.createTaskQuery().taskId(minzdravTask.getId()).count()))
        .isZero();
    assertThat(Api.as(port, "gs-health").get("/engine-rest/task/" + minzdravTask.getId()).getStatusCode().value())
        .isIn(403, 404);

    // through the engine's REST door: another body cannot claim or complete it; the body itself cannot write the
    // task's variables, and a decision the form does not offer is a 400 with a Russian reason, never a 500
    String taskPath = "/engine-rest/task/" + minzdravTask.getId();
    assertThat(Api.as(port, "gs-health").postJson(taskPath + "/claim", "{\"userId\": \"gs-health\"}")
        .getStatusCode().value()).isIn(403, 404);
    assertThat(Api.as(port, "gs-health").postJson(taskPath + "/submit-form", """
        {"variables": {"reviewDecision": {"value": "DECLINE"}, "reviewConclusion": {"value": "Чужой отказ"}}}""")
        .getStatusCode().value()).isIn(403, 404);
    assertThat(Api.as(port, "minzdrav").putJson(taskPath + "/variables/practiceId", "{\"value\": 1, \"type\": \"Long\"}",
        h -> { }).getStatusCode().value()).isEqualTo(403);
    assertThat(Api.as(port, "minzdrav").postJson(taskPath + "/claim", "{\"userId\": \"minzdrav\"}")
        .getStatusCode().value()).isEqualTo(204);
    ResponseEntity<String> wrong = Api.as(port, "minzdrav").postJson(taskPath + "/submit-form", """
        {"variables": {"reviewDecision": {"value": "MAYBE"}, "reviewConclusion": {"value": "Подумаем"}}}""");
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrong.getBody()).contains("reviewDecision").doesNotContain("Exception\":", "java.", "ENGINE-");

    // forged variables beside the form's do not decide whose review it is or what it is about
    flows.submit("minzdrav", minzdravTask, Map.of("reviewDecision", "APPROVE", "reviewConclusion",
        "Одобрить для регионов с развитой цифровой инфраструктурой", "recommendProject", true,
        "recommendedProject", "национальный проект «Здравоохранение»", "reviewerCode", "minprosv",
        "practiceId", 1L, "roundId", 999L));
    assertThat(body(Api.as(port, "moderator1").get(round + "/reviews")).findValuesAsText("reviewerCode"))
        .containsExactlyInAnyOrder("minzdrav", "health");
    Task commissionTask = taskService.createTaskQuery().taskCandidateGroup("state-council-commission-health")
        .processInstanceBusinessKey(BusinessKeys.federalReview(body(opened).get("practices").get(0).get("id").asLong()))
        .singleResult();
    flows.submit("gs-health", commissionTask, Map.of("reviewDecision", "APPROVE", "reviewConclusion", "Одобрить",
        "recommendProject", false));

    JsonNode summary = body(Api.as(port, "moderator1").get(round + "/summary"));
    assertThat(summary.get("reviewed").asInt()).isEqualTo(1);
    assertThat(summary.get("approved").asInt()).isEqualTo(1);
    assertThat(summary.get("byReviewer").get(0).get("name").asText())
        .isEqualTo("Министерство здравоохранения Российской Федерации");
    assertThat(summary.get("byCategory").get(0).get("categoryName").asText()).isEqualTo("Здравоохранение");
    ResponseEntity<byte[]> xlsx = Api.as(port, "auditor").getBytes(round + "/summary.xlsx");
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      Sheet totals = book.getSheet("Итоги отбора");
      assertThat(totals.getRow(0).getCell(0).getStringCellValue()).contains("Отбор практик 2026 года");
      assertThat(totals.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Одобрено к массовому тиражированию");
      assertThat(totals.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(1.0);
      Sheet bodies = book.getSheet("По органам");
      assertThat(bodies.getRow(3).getCell(0).getStringCellValue())
          .isEqualTo("Министерство здравоохранения Российской Федерации");
      assertThat(bodies.getRow(3).getCell(7).getNumericCellValue()).as("recommended for a national project")
          .isEqualTo(1.0);
      assertThat(book.getSheet("По категориям").getRow(3).getCell(0).getStringCellValue())
          .isEqualTo("Здравоохранение");
    }

    // the outcome with the practice: the body, the date, the conclusion, for everyone who sees the practice
    JsonNode approvals = body(Api.as(port, "official72").get("/api/practices/" + practice + "/federal-approvals"));
    assertThat(approvals).hasSize(1);
    assertThat(approvals.get(0).get("reviewerName").asText())
        .isEqualTo("Министерство здравоохранения Российской Федерации");
    assertThat(approvals.get(0).get("conclusion").asText()).startsWith("Одобрить для регионов");
    assertThat(approvals.get(0).get("approvedAt").isNull()).isFalse();
    // and in the practice's own view and its catalogue page
    JsonNode view = body(Api.as(port, "official72").get("/api/practices/" + practice));
    assertThat(view.get("federalApproval").get("status").asText()).isEqualTo("Одобрена к массовому тиражированию");
    assertThat(view.get("federalApproval").get("body").asText())
        .isEqualTo("Министерство здравоохранения Российской Федерации");
    assertThat(view.get("federalApproval").get("projectRecommendation").asText())
        .isEqualTo("национальный проект «Здравоохранение»");
    JsonNode page = body(Api.anonymous(port).get("/api/catalogue/" + practice));
    assertThat(page.get("federalApproval").get("status").asText()).isEqualTo("Одобрена к массовому тиражированию");
    assertThat(page.get("federalApproval").get("conclusion").asText()).startsWith("Одобрить для регионов");
  }

  @Test
  void onlyModeratorsOpenRoundsAndRefusalsAreProblems() throws Exception {
    long practice = published.publish("72", "Бережливая поликлиника Тюмени");
    isProblem(Api.as(port, "official28").postJson("/api/federal-rounds", openBody("\"minzdrav\"", practice)),
        HttpStatus.FORBIDDEN);
    isProblem(Api.as(port, "minzdrav").postJson("/api/federal-rounds", openBody("\"minzdrav\"", practice)),
        HttpStatus.FORBIDDEN);
    ResponseEntity<String> bad = Api.as(port, "moderator1").postJson("/api/federal-rounds",
        "{\"name\":\"\",\"deadline\":\"2020-01-01T00:00:00Z\",\"reviewerCodes\":[\"minfin\"],\"practiceIds\":[]}");
    isProblem(bad, HttpStatus.BAD_REQUEST);
    assertThat(body(bad).get("errors").findValuesAsText("field"))
        .contains("name", "deadline", "reviewerCodes", "practiceIds");
    isProblem(Api.as(port, "moderator1").postJson("/api/federal-rounds", "{\"deadline\":\"завтра\"}"),
        HttpStatus.BAD_REQUEST);
    long draft = practices.create(flows.user("official72"),
        ru.smarteka.workflow.support.Passports.completeData("72", "Черновик Тюмени")).id();
    isProblem(Api.as(port, "moderator1").postJson("/api/federal-rounds", openBody("\"minzdrav\"", draft)),
        HttpStatus.UNPROCESSABLE_ENTITY);

    ResponseEntity<String> opened = Api.as(port, "moderator1").postJson("/api/federal-rounds",
        openBody("\"minzdrav\",\"minprosveshcheniya\"", practice));
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    isProblem(Api.as(port, "moderator2").postJson("/api/federal-rounds", openBody("\"health\"", practice)),
        HttpStatus.CONFLICT);

    long roundId = body(opened).get("id").asLong();
    long reviewId = body(Api.as(port, "moderator1").get("/api/federal-rounds/" + roundId + "/reviews")).get(0)
        .get("id").asLong();
    String reassign = "/api/federal-rounds/" + roundId + "/reviews/" + reviewId + "/reassignment";
    isProblem(Api.as(port, "minzdrav").postJson(reassign,
        "{\"reviewerCode\":\"minprosveshcheniya\",\"reason\":\"не наш профиль\"}"), HttpStatus.FORBIDDEN);
    isProblem(Api.as(port, "moderator1").postJson(reassign, "{\"reviewerCode\":\"health\",\"reason\":\"профиль\"}"),
        HttpStatus.UNPROCESSABLE_ENTITY);
    ResponseEntity<String> moved = Api.as(port, "moderator1").postJson(reassign,
        "{\"reviewerCode\":\"minprosveshcheniya\",\"reason\":\"Практика о школьной медицине\"}");
    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(moved).get("reassignedFrom").asText()).isEqualTo("minzdrav");
    isProblem(Api.as(port, "moderator1").get("/api/federal-rounds/999999"), HttpStatus.NOT_FOUND);
    isProblem(Api.as(port, "moderator1").get("/api/federal-rounds/abc"), HttpStatus.BAD_REQUEST);

    JsonNode reviewers = body(Api.as(port, "moderator1").get("/api/federal-rounds/reviewers"));
    assertThat(reviewers).hasSize(16);
    assertThat(reviewers.get(0).get("group").asText()).isEqualTo("federal-body-minzdrav");
  }

  @Test
  void aModeratorIsProposedTheMostReplicatedPracticesThatAreInNoOpenRound() throws Exception {
    long practice = published.publish("16", "Цифровая диспансеризация Татарстана");
    practices.recordReplication(practice);
    practices.recordReplication(practice);
    JsonNode proposal = body(Api.as(port, "moderator1").get("/api/federal-rounds/proposal?limit=500"));
    JsonNode mine = null;
    for (JsonNode p : proposal) {
      if (p.get("practiceId").asLong() == practice) {
        mine = p;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("replicationCount").asInt()).isEqualTo(2);
    assertThat(mine.get("reviewerCodes").toString()).contains("minzdrav", "health");
    for (int i = 1; i < proposal.size(); i++) {
      assertThat(proposal.get(i - 1).get("replicationCount").asInt())
          .isGreaterThanOrEqualTo(proposal.get(i).get("replicationCount").asInt());
    }

    Api.as(port, "moderator1").postJson("/api/federal-rounds", openBody("\"minzdrav\"", practice));
    assertThat(body(Api.as(port, "moderator1").get("/api/federal-rounds/proposal?limit=500")).findValuesAsText(
        "practiceId")).doesNotContain(String.valueOf(practice));
    isProblem(Api.as(port, "minzdrav").get("/api/federal-rounds/proposal"), HttpStatus.FORBIDDEN);
    isProblem(Api.as(port, "moderator1").get("/api/federal-rounds/proposal?limit=0"), HttpStatus.BAD_REQUEST);
  }
}
