package ru.smarteka.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.publication.ExpertProfile;
import ru.smarteka.workflow.publication.ExpertService;
import ru.smarteka.workflow.publication.PublicationProcess;
import ru.smarteka.workflow.region.ReferenceData;
import ru.smarteka.workflow.replication.ReplicationService;
import ru.smarteka.workflow.support.IntegrationTest;

/**
 * The demo story. The suite's application starts with the demo profile, so its people chapters (users, filters,
 * ratings, experts, moderators) have run when these tests begin; the work chapters (off in the tests, whose
 * scenarios create their own) are told here, in the order of the first start, and each leaves its work where the
 * README says a newcomer finds it.
 */
@IntegrationTest
class DemoScenarioTests {

  @Autowired DemoScenario scenario;
  @Autowired DemoPractices practices;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired ExpertService experts;
  @Autowired ReplicationService replications;
  @Autowired ReferenceData reference;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void demoUsersCoverEveryRoleInThreeRegions() {
    for (DemoCast.DemoUser demo : DemoCast.USERS) {
      assertThat(identityService.checkPassword(demo.id(), demo.password())).as(demo.id()).isTrue();
      // (the working groups of contests, contest-<id>-nomination-<n>, are each contest's, not the cast's)
      assertThat(identityService.createGroupQuery().groupMember(demo.id()).list())
          .extracting(g -> g.getId()).filteredOn(g -> !g.startsWith("contest-")).as(demo.id())
          .containsExactlyInAnyOrderElementsOf(demo.groups());
    }
    for (String group : List.of("asi-moderators", "asi-editors", "experts", "auditors", "process-owners",
        "camunda-admin", "region-28-officials", "region-28-secretaries", "region-28-coordinators",
        "region-72-officials", "region-72-secretaries", "region-72-coordinators", "region-16-officials")) {
      assertThat(identityService.createUserQuery().memberOfGroup(group).count()).as(group).isPositive();
    }
  }

  @Test
  void theStartLeftRatingsExpertsAndModeratorsAndASecondStartAddsNothing() {
    assertThat(reference.latestRatingYear()).hasValue(2025);
    assertThat(experts.profiles()).extracting(ExpertProfile::userId)
        .contains("expert1", "expert2", "expert3", "expert4", "expert5");
    assertThat(replications.hasModeratorCategories()).isTrue();
    long users = identityService.createUserQuery().count();
    long filters = filterService.createFilterQuery().count();
    long ratings = count("select count(*) from rating_result");
    int profiles = experts.profiles().size();
    long moderatorCategories = count("select count(*) from replication_moderator");

    scenario.play();

    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(count("select count(*) from rating_result")).isEqualTo(ratings);
    assertThat(experts.profiles()).hasSize(profiles);
    assertThat(count("select count(*) from replication_moderator")).isEqualTo(moderatorCategories);
  }

  @Test
  void theStoryLeavesWorkAtEveryStage() {
    DemoPractices.Stages stages = practices.atEveryStage();
    assertThat(status(stages.draft())).isEqualTo("DRAFT");
    assertThat(tasks(stages.waitingForCheck(), PublicationProcess.TASK_PRELIMINARY_CHECK)).hasSize(1);
    assertThat(tasks(stages.inExpertise(), PublicationProcess.TASK_EXPERT_ASSESSMENT)).hasSize(3)
        .allSatisfy(task -> assertThat(task.getAssignee()).startsWith("expert"));
    Task confirmation = tasks(stages.atSecretary(), PublicationProcess.TASK_REGIONAL_CONFIRMATION).get(0);
    assertThat(taskService.getIdentityLinksForTask(confirmation.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("region-16-secretaries"));
    assertThat(confirmation.getDueDate()).isNotNull();
    assertThat(status(stages.published())).isEqualTo("PUBLISHED");

    Long collection = scenario.editorComposesAHealthcareCollection();
    assertThat(collection).as("the published healthcare practice is in a collection").isNotNull();
    assertThat(jdbc.queryForObject("select count(*) from catalogue_collection_practice where collection_id = ?",
        Long.class, collection)).isPositive();

    Long request = scenario.tyumenAsksToReplicateAmursLatestPublishedPractice();
    assertThat(jdbc.queryForObject("select practice_id from replication_request where id = ?", Long.class, request))
        .isEqualTo(stages.published());
    assertThat(taskService.createTaskQuery().processDefinitionKey("practice-replication")
        .processInstanceBusinessKey(BusinessKeys.replication(request)).taskDefinitionKey("Task_ScreenRequest")
        .taskAssignee("moderator1").count()).isEqualTo(1);

    String report = scenario.amurReportsOnTheLastQuarter();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(report)
        .taskDefinitionKey("Task_SubmitBodyReport").list()).singleElement().satisfies(task -> {
          assertThat(task.getName()).contains("здравоохранения");
          assertThat(taskService.getIdentityLinksForTask(task.getId()))
              .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("region-28-officials"));
        });
  }

  @Test
  void tyumenIsLateWithAReportSoTheDashboardsOverdueTasksShowTheHealthDepartmentsPart() throws Exception {
    String report = scenario.tyumenIsLateWithTheReportOfTheQuarterBefore();
    Task health = taskService.createTaskQuery().processInstanceBusinessKey(report)
        .taskDefinitionKey("Task_SubmitBodyReport").singleResult();
    assertThat(health.getName()).contains("здравоохранения");
    assertThat(health.getDueDate()).as("due on the reporting day, months ago").isBefore(new java.util.Date());

    ResponseEntity<String> figure = Api.as(port, "auditor").get("/api/analytics/overdue-tasks?region=72");
    assertThat(figure.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode rows = new ObjectMapper().readTree(figure.getBody()).get("rows");
    long overdue = 0;
    for (JsonNode row : rows) {
      if (row.get("process").asText().equals("quarterly-report")
          && row.get("group").asText().equals("region-72-officials")) {
        assertThat(row.get("regionName").asText()).isEqualTo("Тюменская область");
        overdue += row.get("overdue").asLong();
      }
    }
    assertThat(overdue).as(figure.getBody()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void theModeratorOpensAFederalRoundWhoseReviewsWaitForTheHealthMinistryAndCommission() {
    DemoPractices.Stages stages = practices.atEveryStage();
    Long round = scenario.moderatorOpensAFederalRound();
    assertThat(round).isNotNull();
    assertThat(jdbc.queryForObject("select count(*) from federal_round_reviewer where round_id = ?", Long.class,
        round)).isEqualTo(16);
    // a healthcare practice of those proposed (the suite's other tests publish more)
    Long inRound = jdbc.queryForObject("select min(id) from federal_round_practice where round_id = ? "
        + "and category_code = 'HEALTHCARE'", Long.class,
        round);
    assertThat(stages.published()).isPositive();
    assertThat(taskService.createTaskQuery().processDefinitionKey("federal-practice-review")
        .processInstanceBusinessKey(BusinessKeys.federalReview(inRound)).list())
        .flatExtracting(task -> taskService.getIdentityLinksForTask(task.getId()))
        .extracting(link -> link.getGroupId())
        .containsExactlyInAnyOrder("federal-body-minzdrav", "state-council-commission-health");
    for (String user : List.of("minzdrav", "gs-health")) {
      assertThat(identityService.createGroupQuery().groupMember(user).list()).extracting(g -> g.getId())
          .allMatch(g -> g.startsWith("federal-body-") || g.startsWith("state-council-commission-"));
      assertThat(filterService.createFilterQuery().filterName("Группа: " + (user.equals("minzdrav")
          ? "ФОИВ minzdrav" : "комиссия Госсовета health")).count()).as(user).isEqualTo(1);
    }
  }

  private List<Task> tasks(long practiceId, String taskKey) {

    return taskService.createTaskQuery().processDefinitionKey(PublicationProcess.KEY)
        .processInstanceBusinessKey(BusinessKeys.practice(practiceId)).taskDefinitionKey(taskKey).list();
  }

  private String status(long practiceId) {
    return jdbc.queryForObject("select status from practice where id = ?", String.class, practiceId);
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }
}
