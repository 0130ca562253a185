package ru.smarteka.workflow.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineAsUser;

/**
 * Demo profile only, at the first start: Amur's report for the previous quarter, started by coordinator28, every
 * body's part submitted but the health ministry's, which waits for official28 in Tasklist; then coordinator28
 * consolidates and downloads the XLSX.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "smarteka.demo.practices", havingValue = "true", matchIfMissing = true)
@Order(500)
class DemoReports implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoReports.class);
  static final String REGION = "28";

  private final QuarterlyReportService reports;
  private final TaskService taskService;
  private final FormService formService;
  private final IdentityService identityService;
  private final Clock clock;

  DemoReports(QuarterlyReportService reports, TaskService taskService, FormService formService,
      IdentityService identityService, Clock clock) {
    this.reports = reports;
    this.taskService = taskService;
    this.formService = formService;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    ReportPeriod period = ReportPeriod.containing(LocalDate.now(clock)).previous();
    if (reports.exists(REGION, period)) {
      return;
    }
    String key = EngineAsUser.run(identityService, "coordinator28",
        () -> reports.start(EngineAsUser.user(identityService, "coordinator28"), REGION, period));
    int submitted = 0;
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey(QuarterlyReportProcess.TASK_SUBMIT_BODY_REPORT).list()) {
      if (task.getName().contains("здравоохранения")) {
        continue;
      }
      EngineAsUser.run(identityService, "official28", () -> {
        taskService.claim(task.getId(), "official28");
        formService.submitTaskForm(task.getId(), Map.of("confirmReport", true));
        return null;
      });
      submitted++;
    }
    log.info("Demo data: quarterly report {} with {} bodies' parts submitted", key, submitted);
  }
}
