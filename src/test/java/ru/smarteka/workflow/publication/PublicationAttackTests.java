package ru.smarteka.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.smarteka.workflow.publication.PublicationProcess.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeStatus;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.WebappSession;

/**
 * The publication process attacked through the engine's doors by logged-in users: forged starts, forged variables
 * on completion, someone else's task. What identifies the practice, the region and the acting person never comes
 * from a variable a user can write; each attack is refused or changes nothing but the attacker's own, legal step.
 */
@IntegrationTest
class PublicationAttackTests {

  @LocalServerPort int port;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired ExpertService experts;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;

  PublicationScenario scenario;

  @BeforeEach
  void setUp() {
    scenario = new PublicationScenario(practices, documents, publications, runtimeService, taskService,
        managementService, identityService, formService, historyService);
  }

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  PracticeStatus status(long practiceId) {
    return practices.get(CurrentUser.of("demo", List.of("camunda-admin")), practiceId).status();
  }

  long id(ProcessInstance pi) {
    return BusinessKeys.idOf(BusinessKeys.PRACTICE, pi.getBusinessKey());
  }

  /** Submitted, accepted, assessed by expert1..3 with top scores: waiting at the region's secretaries. */
  ProcessInstance atConfirmation(String official, String region, String title) {
    ProcessInstance pi = scenario.submit(official, scenario.draft(official, region, title));
    scenario.check(pi, CHECK_ACCEPT, null);
    scenario.assignExperts(pi, region.equals("72") ? "expert2, expert3, expert4" : "expert1, expert2, expert3");
    for (Task task : scenario.tasks(pi, TASK_EXPERT_ASSESSMENT)) {
      scenario.assess(pi, task.getAssignee(), 5);
    }
    return pi;
  }

  static String startWithInstructions(long practiceId, String activityId) {
    return """
        {"businessKey": "%d",
         "variables": {"practiceId": {"value": %d, "type": "Long"}},
         "startInstructions": [{"type": "startBeforeActivity", "activityId": "%s"}]}
        """.formatted(practiceId, practiceId, activityId);
  }

  static String claim(String userId) {
    return "{\"userId\": \"" + userId + "\"}";
  }

  @ParameterizedTest
  @ValueSource(strings = {"official72", "coordinator72", "official28"})
  void nobodyButAnAdministratorStartsThePublicationPastItsChecks(String attacker) {
    long draft = scenario.draft("official28", "28", "Черновик, который хотят опубликовать в обход");

    ResponseEntity<String> answer = Api.as(port, attacker).postJson(
        "/engine-rest/process-definition/key/" + KEY + "/start", startWithInstructions(draft, TASK_PUBLISH));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(draft)).isEqualTo(PracticeStatus.DRAFT);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(BusinessKeys.practice(draft)).count()).isZero();
    // nor under the key the attacker chose
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(String.valueOf(draft)).count()).isZero();
  }

  @Test
  void startInstructionsAreRefusedThroughTasklistsEngineApiToo() {
    long draft = scenario.draft("official28", "28", "Черновик, атакуемый из сессии Tasklist");
    WebappSession tasklist = WebappSession.loggedIn(port, "tasklist", "official28");

    var answer = tasklist.postJson(WebappSession.ENGINE_API + "/process-definition/key/" + KEY + "/start",
        startWithInstructions(draft, TASK_COPY_EDITING));

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(status(draft)).isEqualTo(PracticeStatus.DRAFT);
  }

  @Test
  void anInstanceStartedPastItsStartEventCannotTouchAnyPractice() {
    // even an administrator's instance that skipped the submission is bound to no practice: its steps refuse
    long draft = scenario.draft("official28", "28", "Черновик и экземпляр без подачи");
    ResponseEntity<String> answer = Api.as(port, "demo").postJson(
        "/engine-rest/process-definition/key/" + KEY + "/start", startWithInstructions(draft, TASK_PUBLISH));

    assertThat(answer.getStatusCode().is4xxClientError()).as(answer.getBody()).isTrue();
    assertThat(status(draft)).isEqualTo(PracticeStatus.DRAFT);
  }

  @Test
  void anOfficialCannotSubmitAnotherRegionsDraftThroughTheEngine() {
    long draft = scenario.draft("official28", "28", "Черновик Амура, поданный чужим регионом");

    ResponseEntity<String> answer = Api.as(port, "official72").postJson(
        "/engine-rest/process-definition/key/" + KEY + "/start",
        "{\"variables\": {\"practiceId\": {\"value\": " + draft + ", \"type\": \"Long\"}}}");

    // another region's draft does not exist for them, as on our API
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer.getBody()).contains("не найдена");
    assertThat(status(draft)).isEqualTo(PracticeStatus.DRAFT);
  }

  @Test
  void ratingFactsForgedAtTheStartDoNotAdmitARegionThatMeetsNoCondition() {
    // Еврейская АО (79) meets no condition in the demo ratings; its official claims first places in every rating
    PublicationScenario.ensureOfficial79(identityService);
    long draft = scenario.draft("official79", "79", "Практика с подложенным рейтингом");

    ResponseEntity<String> answer = Api.as(port, "official79").postJson(
        "/engine-rest/process-definition/key/" + KEY + "/start", """
            {"variables": {"practiceId": {"value": %d, "type": "Long"},
                           "ratingYear": {"value": 2025, "type": "Integer"},
                           "qolRank": {"value": 1, "type": "Integer"},
                           "investmentIntegralRank": {"value": 1, "type": "Integer"},
                           "recommendedByAsi": {"value": true, "type": "Boolean"},
                           "asiProjectReady": {"value": true, "type": "Boolean"}}}
            """.formatted(draft));

    // only the start form's fields are taken: the rest is refused by name, in Russian, and nothing starts
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("qolRank").contains("не входит в форму подачи").doesNotContain("Exception");
    assertThat(status(draft)).isEqualTo(PracticeStatus.DRAFT);
    // the facts come from our rating tables: submitted properly, the region stays not admitted
    scenario.submit("official79", draft);
    assertThat(status(draft)).isEqualTo(PracticeStatus.NOT_ELIGIBLE);
    assertThat(practices.get(CurrentUser.of("demo", List.of("camunda-admin")), draft).eligibilityGrounds()).isEmpty();
  }

  @Test
  void aSecretaryCompletingTheirTaskWithAnotherPracticesIdMovesOnlyTheirOwnPractice() {
    ProcessInstance amur = atConfirmation("official28", "28", "Практика Амура у секретаря");
    ProcessInstance tyumen = atConfirmation("official72", "72", "Практика Тюмени у секретаря");
    Task confirmation = scenario.task(amur, TASK_REGIONAL_CONFIRMATION);
    Api secretary = Api.as(port, "secretary28");

    assertThat(secretary.postJson("/engine-rest/task/" + confirmation.getId() + "/claim", claim("secretary28"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> answer = secretary.postJson("/engine-rest/task/" + confirmation.getId() + "/submit-form", """
        {"variables": {
          "confirmationDecision": {"value": "CONFIRM"},
          "practiceId": {"value": %d, "type": "Long"},
          "regionCode": {"value": "72"}}}""".formatted(id(tyumen)));

    assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
    assertThat(status(id(amur))).isEqualTo(PracticeStatus.IN_COPY_EDITING);
    assertThat(status(id(tyumen))).isEqualTo(PracticeStatus.AT_REGIONAL_CONFIRMATION);
    assertThat(scenario.tasks(tyumen, TASK_REGIONAL_CONFIRMATION)).hasSize(1);
    assertThat(scenario.tasks(amur, TASK_COPY_EDITING)).hasSize(1);
  }

  @Test
  void anExpertCannotRecordAnAssessmentInAnotherExpertsName() {
    ProcessInstance pi = scenario.submit("official28", scenario.draft("official28", "28", "Практика на экспертизе"));
    scenario.check(pi, CHECK_ACCEPT, null);
    scenario.assignExperts(pi, "expert1, expert2, expert3");
    Task own = taskService.createTaskQuery().processInstanceId(pi.getId()).taskAssignee("expert1").singleResult();

    ResponseEntity<String> answer = Api.as(port, "expert1").postJson(
        "/engine-rest/task/" + own.getId() + "/submit-form", """
        {"variables": {
          "scoreNovelty": {"value": 5}, "scoreRelevance": {"value": 5}, "scoreEfficiency": {"value": 5},
          "scoreReplicability": {"value": 5}, "scoreSocialSignificance": {"value": 5}, "scoreCoverage": {"value": 5},
          "scoreMeasurableResults": {"value": 5},
          "assessmentComment": {"value": "Оценка, которую пытаются записать на другого эксперта"},
          "expertId": {"value": "expert2"}}}""");

    assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
    assertThat(experts.assessments(id(pi))).extracting(AssessmentView::expertId).containsExactly("expert1");
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskAssignee("expert2").count()).isOne();
  }

  @Test
  void anExpertCannotCompleteAnotherExpertsAssessment() {
    ProcessInstance pi = scenario.submit("official28", scenario.draft("official28", "28", "Чужая оценка"));
    scenario.check(pi, CHECK_ACCEPT, null);
    scenario.assignExperts(pi, "expert1, expert2, expert3");
    Task others = taskService.createTaskQuery().processInstanceId(pi.getId()).taskAssignee("expert2").singleResult();

    assertThat(Api.as(port, "expert1").postJson("/engine-rest/task/" + others.getId() + "/complete", "{}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(experts.assessments(id(pi))).isEmpty();
  }

  @Test
  void aModeratorCannotCompleteACheckAnotherModeratorHasTaken() {
    ProcessInstance pi = scenario.submit("official28", scenario.draft("official28", "28", "Проверку взял другой"));
    Task check = scenario.task(pi, TASK_PRELIMINARY_CHECK);
    assertThat(Api.as(port, "moderator1").postJson("/engine-rest/task/" + check.getId() + "/claim",
        claim("moderator1")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<String> answer = Api.as(port, "moderator2").postJson(
        "/engine-rest/task/" + check.getId() + "/submit-form",
        "{\"variables\": {\"checkDecision\": {\"value\": \"REMOVE\"}, \"checkComment\": {\"value\": \"Не моя\"}}}");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(status(id(pi))).isEqualTo(PracticeStatus.SUBMITTED);
    assertThat(scenario.tasks(pi, TASK_PRELIMINARY_CHECK)).hasSize(1);
  }

  @Test
  void variablesForgedAtTheCheckNeitherReRouteNorRelaxTheExpertise() {
    ProcessInstance pi = scenario.submit("official28", scenario.draft("official28", "28", "Подменённый регион"));
    Task check = scenario.task(pi, TASK_PRELIMINARY_CHECK);
    scenario.complete("moderator1", check, Map.of("checkDecision", CHECK_ACCEPT, "regionCode", "72",
        "categoryCode", "TOURISM", "expertCount", 1L, "expertiseRound", 7L, "assessmentTimeout", "PT1S"));

    // expert4 is of Amur: still the practice's region, so still refused
    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
        () -> scenario.assignExperts(pi, "expert1, expert2, expert4"));
    assertThat(refused).isNotNull();
    scenario.assignExperts(pi, "expert1, expert2, expert3");
    List<Task> assessments = scenario.tasks(pi, TASK_EXPERT_ASSESSMENT);
    assertThat(assessments).hasSize(3);
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers().list())
        .allSatisfy(timer -> assertThat(timer.getDuedate())
            .isAfter(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(1)))));
    for (Task task : assessments) {
      scenario.assess(pi, task.getAssignee(), 5);
    }
    assertThat(scenario.candidateGroups(scenario.task(pi, TASK_REGIONAL_CONFIRMATION)))
        .containsExactly("region-28-secretaries");
  }

  @Test
  void theAuthorsRevisionCannotRedirectTheProcessToAnotherRegion() {
    ProcessInstance pi = scenario.submit("official28", scenario.draft("official28", "28", "Доработка с подменой"));
    scenario.check(pi, CHECK_RETURN, "Уточните результаты");
    Task revision = scenario.task(pi, TASK_REVISE_PASSPORT);
    Map<String, Object> form = new java.util.HashMap<>();
    for (String field : List.of("passportTitle", "passportProblem", "passportSolution", "passportResources",
        "passportResults", "passportEffect", "passportTargetAudience", "passportCoverage")) {
      form.put(field, taskService.getVariableLocal(revision.getId(), field));
    }
    form.put("revisionNote", "Уточнены результаты");
    form.put("submittedBy", "official72");
    form.put("regionCode", "72");
    scenario.complete("official28", revision, form);

    scenario.check(pi, CHECK_RETURN, "Ещё раз уточните результаты");
    Task again = scenario.task(pi, TASK_REVISE_PASSPORT);
    assertThat(again.getAssignee()).isEqualTo("official28");
    assertThat(scenario.candidateGroups(again)).containsExactly("region-28-officials");
  }
}
