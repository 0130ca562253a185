package ru.smarteka.workflow.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Stages;

/** {@code GET /api/analytics/{figure}}: who may read it, in which formats, and what a wrong filter answers. */
@IntegrationTest
class AnalyticsApiTests {

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired Clock clock;

  final ObjectMapper json = new ObjectMapper();

  JsonNode read(ResponseEntity<String> answer) throws Exception {
    return json.readTree(answer.getBody());
  }

  @Test
  void auditorsAndAsiRolesReadEveryFigure() throws Exception {
    for (String user : List.of("auditor", "moderator1", "owner", "demo")) {
      for (FigureKind kind : FigureKind.values()) {
        ResponseEntity<String> answer = Api.as(port, user).get("/api/analytics/" + kind.id());
        assertThat(answer.getStatusCode()).as(user + " " + kind).isEqualTo(HttpStatus.OK);
        assertThat(read(answer).get("title").asText()).isEqualTo(kind.title());
      }
    }
    JsonNode list = read(Api.as(port, "auditor").get("/api/analytics"));
    assertThat(list).hasSize(FigureKind.values().length);
  }

  @Test
  void officialsExpertsEditorsAndAnonymousAreRefused() throws Exception {
    for (String user : List.of("official28", "secretary72", "coordinator28", "expert1", "editor")) {
      for (String path : List.of("/api/analytics", "/api/analytics/funnel", "/api/analytics/overdue-tasks?format=csv",
          "/api/analytics/experts?format=xlsx", "/api/analytics/nothing")) {
        ResponseEntity<String> answer = Api.as(port, user).get(path);
        assertThat(answer.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
      }
    }
    assertThat(Api.anonymous(port).get("/api/analytics/funnel").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void nothingIsWrittenThroughTheAnalytics() {
    Api auditor = Api.as(port, "auditor");
    assertThat(auditor.postJson("/api/analytics/funnel", "{}").getStatusCode())
        .isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(auditor.delete("/api/analytics/funnel").getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
  }

  @Test
  void aWrongFilterIsA400NamingEachField() throws Exception {
    ResponseEntity<String> answer = Api.as(port, "auditor")
        .get("/api/analytics/funnel?from=2025-02-30&to=вчера&region=00&district=Марс&category=<script>");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(read(answer).get("errors").findValuesAsText("field"))
        .containsExactly("from", "to", "region", "district", "category");
    assertThat(answer.getBody()).doesNotContain("Exception");

    ResponseEntity<String> backwards = Api.as(port, "auditor").get("/api/analytics/stages?from=2026-02-01&to=2026-01-01");
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(read(backwards).get("errors").findValuesAsText("field")).containsExactly("to");

    ResponseEntity<String> format = Api.as(port, "auditor").get("/api/analytics/stages?format=pdf");
    assertThat(format.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(read(format).get("errors").findValuesAsText("field")).containsExactly("format");

    assertThat(Api.as(port, "auditor").get("/api/analytics/nothing").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theFigureComesAsCsvOrXlsxByParameterOrAcceptHeader() throws Exception {
    ResponseEntity<byte[]> csv = Api.as(port, "auditor").getBytes("/api/analytics/funnel?format=csv&region=28");
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    String text = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFВоронка публикации практик\r\nФильтр: region=28\r\nЭтап;Дошли до этапа;")
        .contains("\r\nОпубликована;");

    ResponseEntity<String> byAccept = Api.as(port, "auditor").getWithAccept("/api/analytics/stages", "text/csv");
    assertThat(byAccept.getHeaders().getContentType().toString()).startsWith("text/csv");

    ResponseEntity<byte[]> xlsx = Api.as(port, "auditor").getBytes("/api/analytics/replications?format=xlsx");
    assertThat(xlsx.getHeaders().getContentType().toString()).isEqualTo(FigureFiles.XLSX);
    assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("smarteka-replications.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Итоги тиражирования по регионам и практикам");
      assertThat(book.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).isEqualTo("Регион-реципиент");
    }
    ResponseEntity<String> xlsxByAccept = Api.as(port, "auditor").getWithAccept("/api/analytics/experts",
        FigureFiles.XLSX);
    assertThat(xlsxByAccept.getHeaders().getContentType().toString()).isEqualTo(FigureFiles.XLSX);

    assertThat(Api.as(port, "auditor").getWithAccept("/api/analytics/experts", "image/png").getStatusCode())
        .isEqualTo(HttpStatus.NOT_ACCEPTABLE);
  }

  @Test
  void aTaskPastItsDueDateCountsForItsGroupAndTheCaseRegion() throws Exception {
    long practice = new Stages(port).submitted("official72", "72", "Аналитика: просроченная проверка");
    Task check = taskService.createTaskQuery().processInstanceBusinessKey(BusinessKeys.practice(practice)).singleResult();
    String path = "/api/analytics/overdue-tasks?region=72";
    long before = overdue(read(Api.as(port, "auditor").get(path)));
    long amurBefore = overdue(read(Api.as(port, "auditor").get("/api/analytics/overdue-tasks?region=28")));

    taskService.setDueDate(check.getId(), Date.from(clock.instant().minus(Duration.ofDays(1))));

    JsonNode after = read(Api.as(port, "auditor").get(path));
    assertThat(overdue(after)).isEqualTo(before + 1);
    assertThat(after.get("rows").findValuesAsText("regionName")).containsOnly("Тюменская область");
    assertThat(overdue(read(Api.as(port, "auditor").get("/api/analytics/overdue-tasks?region=28"))))
        .as("a task of Tyumen never counts for Amur").isEqualTo(amurBefore);
  }

  long overdue(JsonNode figure) {
    long n = 0;
    for (JsonNode row : figure.get("rows")) {
      if (row.get("group").asText().equals("asi-moderators") && row.get("process").asText()
          .equals("practice-publication")) {
        n += row.get("overdue").asLong();
      }
    }
    return n;
  }
}
