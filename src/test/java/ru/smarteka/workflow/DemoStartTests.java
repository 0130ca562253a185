package ru.smarteka.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first start of the application with the demo profile, as a newcomer's {@code mvn spring-boot:run} does it:
 * every demo runner in its order on an empty database (the other tests start with the demo practices off), leaving
 * work at each stage. Its own engine name and in-memory database, so it never meets the other tests' contexts.
 */
class DemoStartTests {

  @Test
  void firstStartLeavesWorkAtEveryStage() {
    try (ConfigurableApplicationContext app = SpringApplication.run(SmartekaWorkflowApplication.class,
        "--spring.profiles.active=demo",
        "--spring.datasource.url=jdbc:h2:mem:demo-start;DB_CLOSE_DELAY=-1",
        "--server.port=0",
        "--camunda.bpm.process-engine-name=demostart",
        "--camunda.bpm.job-execution.enabled=false",
        "--camunda.bpm.webapp.enabled=false",
        "--smarteka.notification.scheduling-enabled=false",
        "--logging.level.root=WARN")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForObject("select count(*) from practice", Long.class)).isEqualTo(5);
      assertThat(jdbc.queryForObject("select count(*) from practice where status = 'PUBLISHED'", Long.class))
          .isEqualTo(1);
      assertThat(jdbc.queryForObject("select count(*) from replication_request", Long.class)).isEqualTo(1);
      assertThat(jdbc.queryForObject("select count(*) from quarterly_report", Long.class)).isEqualTo(1);
      var tasks = engine.getTaskService();
      assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_PreliminaryCheck").count()).isEqualTo(1);
      assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_ExpertAssessment").count()).isEqualTo(3);
      assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_RegionalConfirmation").taskCandidateGroup(
          "region-16-secretaries").count()).isEqualTo(1);
      assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_ScreenRequest").taskAssignee("moderator1").count())
          .isEqualTo(1);
      assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_SubmitBodyReport").taskCandidateGroup(
          "region-28-officials").count()).isEqualTo(1);
    }
  }
}
