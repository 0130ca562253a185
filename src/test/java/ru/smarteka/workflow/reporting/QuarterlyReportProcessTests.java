package ru.smarteka.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ru.smarteka.workflow.reporting.QuarterlyReportProcess.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.replication.PositionLevel;
import ru.smarteka.workflow.replication.ReplicationService;
import ru.smarteka.workflow.replication.RequestData;
import ru.smarteka.workflow.system.ConflictException;
import ru.smarteka.workflow.system.UnprocessableException;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.MutableClock;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.support.PublishedPractices;
import ru.smarteka.workflow.support.Workflows;

/**
 * The quarterly report of Tatarstan (16: twelve reporting bodies and a coordinating ministry in the demo data):
 * prefilled from our data, every body on time, one late with a reminder and an escalation, the consolidation, the
 * XLSX and CSV opened and read, the refusals, and the quarterly launcher.
 */
@IntegrationTest
class QuarterlyReportProcessTests {

  static final String REGION = "16";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired MutableClock clock;
  @Autowired QuarterlyReportService reports;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired ReplicationService replications;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  Workflows flows;
  ReportPeriod period;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    flows = new Workflows(engine);
    clock.set(java.time.Instant.now());
    period = ReportPeriod.containing(LocalDate.now(clock));
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** A practice of Tatarstan published now, and Tatarstan's replication of an Amur practice with a progress report. */
  void regionWorkInThisQuarter() {
    CurrentUser official16 = flows.user("official16");
    PublishedPractices published = new PublishedPractices(engine, practices, documents, publications);
    published.publish(REGION, "Цифровая запись к врачу Татарстана");
    long amur = published.publish("28", "Выездные бригады Приамурья");
    var request = flows.as("official16", () -> replications.request(official16, new RequestData(amur, REGION,
        "Министерство здравоохранения Республики Татарстан", "Министр", "Минздрав РТ",
        PositionLevel.HEAD_OF_EXECUTIVE_BODY, "mz@16.example.ru", "+7 843 000-00-00", true, true, true)));
    ProcessInstance replication = flows.instance("practice-replication", request.id());
    flows.submit(request.moderatorId(), replication, "Task_ScreenRequest", Map.of("screeningDecision", "ACCEPT"));
  }

  /** Starts the report as Tatarstan's coordinator once the quarter is over. */
  ProcessInstance started(ReportPeriod p) {
    clock.set(p.end().plusDays(2).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant());
    String key = flows.as("coordinator16", () -> reports.start(flows.user("coordinator16"), REGION, p));
    return flows.instance(KEY, key);
  }

  void submitAllBut(ProcessInstance pi, int left) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_SUBMIT_BODY_REPORT).list();
    for (Task task : tasks.subList(0, tasks.size() - left)) {
      flows.submit("official16", task, Map.of("confirmReport", true, "corrections", ""));
    }
  }

  @Test
  void everyBodyOnTimeGivesAConsolidatedXlsxAndCsv() throws Exception {
    regionWorkInThisQuarter();
    ProcessInstance pi = started(period);
    assertThat(pi.getBusinessKey()).isEqualTo(REGION + "-" + period.year() + "-Q" + period.quarter());
    List<Task> bodyTasks = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_SUBMIT_BODY_REPORT).list();
    assertThat(bodyTasks).hasSize(12);
    Task health = bodyTasks.stream().filter(t -> t.getName().contains("здравоохранения")).findFirst().orElseThrow();
    assertThat((String) taskService.getVariableLocal(health.getId(), "practicesView"))
        .contains("Цифровая запись к врачу Татарстана");
    assertThat((String) taskService.getVariableLocal(health.getId(), "replicationsView"))
        .contains("Выездные бригады Приамурья", "Министр");
    assertThat(health.getDueDate()).isNotNull();
    assertThat(flows.candidateGroups(health)).containsExactly("region-16-officials");
    assertThat(health.getDescription()).startsWith("Проверьте и дополните сведения органа «")
        .contains("здравоохранения", "Республика Татарстан", period.title(), " Срок — до ").endsWith("(МСК).");

    assertThat(Workflows.refusal(() -> flows.submit("official16", health, Map.of("confirmReport", false))).errors())
        .extracting(m -> m.field()).containsExactly("confirmReport");
    flows.submit("official16", health, Map.of("confirmReport", true,
        "corrections", "Практика «Цифровая запись» внедрена во всех районах"));
    submitAllBut(pi, 0);
    assertThat(pi).isWaitingAt(TASK_CONSOLIDATE_REPORT);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_CONSOLIDATE_REPORT)
        .singleResult().getDescription()).startsWith("Сведите представленные органами сведения в квартальный отчёт (")
        .contains(period.title(), " Срок — до ");
    flows.submit("coordinator16", pi, TASK_CONSOLIDATE_REPORT, Map.of("confirmConsolidation", true,
        "coordinatorNote", "Сводный отчёт направлен"));
    assertThat(pi).isEnded().hasPassed(END_REPORT_GENERATED);

    String url = "/api/reports/quarterly/" + REGION + "/" + period.year() + "/" + period.quarter();
    var xlsx = Api.as(port, "coordinator16").getBytes(url);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getHeaders().getContentType().toString()).contains("spreadsheetml");
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      Sheet placed = book.getSheet("Практики региона");
      assertThat(placed.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Информация о работе на цифровой платформе «Смартека»: Республика Татарстан (Татарстан), " + period.title());
      assertThat(placed.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Категория");
      assertThat(placed.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Здравоохранение");
      assertThat(placed.getRow(4).getCell(2).getStringCellValue()).isEqualTo("Цифровая запись к врачу Татарстана");
      assertThat(placed.getRow(4).getCell(3).getStringCellValue()).contains("/api/practices/");
      Sheet replicated = book.getSheet("Внедрение практик");
      assertThat(replicated.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Выездные бригады Приамурья");
      assertThat(replicated.getRow(4).getCell(4).getStringCellValue()).startsWith("Планируется");
      assertThat(replicated.getRow(4).getCell(5).getStringCellValue()).isEqualTo("Министр");
      assertThat(replicated.getRow(4).getCell(6).getStringCellValue()).contains("mz@16.example.ru");
      Sheet bodies = book.getSheet("Ответственные органы");
      assertThat(bodies.getLastRowNum()).isGreaterThanOrEqualTo(4 + 11);
    }
    var csv = Api.as(port, "coordinator16").get(url + "?format=csv");
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("text/csv"))).isTrue();
    assertThat(new String(csv.getBody().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .contains("1. Практики региона;Здравоохранение;", "Цифровая запись к врачу Татарстана",
            "2. Внедрение практик;Выездные бригады Приамурья");

    assertThat(Api.as(port, "coordinator28").getBytes(url).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(port, "official16").getBytes(url).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(port, "auditor").getBytes(url).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void lateBodyIsRemindedAndItsCoordinatorAlertedOnTheDeadline() {
    ReportPeriod previous = period.previous();
    ProcessInstance pi = started(previous);
    submitAllBut(pi, 1);
    long before = countNotifications();
    flows.fireTimer(pi, EVENT_REMINDER);
    assertThat(pi).hasPassed(END_REMINDER_SENT);
    flows.fireTimer(pi, EVENT_DEADLINE);
    assertThat(pi).hasPassed(END_ESCALATED).isWaitingAt(TASK_SUBMIT_BODY_REPORT);
    assertThat(countNotifications()).as("a reminder to the officials and an alert to the coordinator")
        .isGreaterThan(before);
    assertThat(jdbc.queryForObject("select count(*) from notification where recipient_user = 'coordinator16' "
        + "and template = 'quarterly-report-escalation'", Long.class)).isPositive();
    submitAllBut(pi, 0);
    assertThat(pi).isWaitingAt(TASK_CONSOLIDATE_REPORT);
  }

  long countNotifications() {
    return jdbc.queryForObject("select count(*) from notification", Long.class);
  }

  @Test
  void secondStartOfTheSameQuarterIsRefused() {
    ReportPeriod older = period.previous().previous();
    started(older);
    assertThatThrownBy(() -> started(older)).isInstanceOf(ConflictException.class);
  }

  @Test
  void quarterNotOverAndOtherRegionsAreRefused() {
    assertThatThrownBy(() -> flows.as("coordinator16", () -> reports.start(flows.user("coordinator16"), REGION,
        period))).isInstanceOf(UnprocessableException.class);
    assertThatThrownBy(() -> reports.start(flows.user("coordinator28"), REGION, period.previous()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(Api.as(port, "official16").postJson("/api/reports/quarterly",
        "{\"region\":\"16\",\"year\":2026,\"quarter\":1}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void launcherStartsTheReportsOfThePreviousQuarterAtTheStartOfEachQuarter() {
    clock.set(period.end().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
    var job = managementService.createJobQuery().processDefinitionKey(LAUNCHER_KEY).timers().singleResult();
    assertThat(job).as("the launcher's quarterly timer").isNotNull();
    managementService.executeJob(job.getId());
    var regionSteps = managementService.createJobQuery().processDefinitionKey(LAUNCHER_KEY).messages().list();
    // one step of its own per region still without its report (an earlier test of this class may have started one)
    assertThat(regionSteps).as("one step of its own per region").isNotEmpty();
    regionSteps.forEach(step -> managementService.executeJob(step.getId()));
    for (String region : List.of("28", "72", "16")) {
      assertThat(flows.instance(KEY, period.businessKey(region))).as(region).isNotNull();
    }
  }
}
