package ru.smarteka.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ru.smarteka.workflow.publication.PublicationProcess.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeStatus;
import ru.smarteka.workflow.practice.PracticeView;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Workflows;

/**
 * The publication process, every path of it, driven as its users drive it (a demo user per step, authenticated to
 * the engine). Together with the other classes it takes every flow node and sequence flow of
 * {@code practice-publication} (the coverage gate at verify).
 */
@IntegrationTest
class PublicationProcessTests {

  @Autowired ProcessEngine engine;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired ExpertService experts;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  PublicationScenario scenario;

  @BeforeAll
  static void regionWithoutGrounds(@Autowired IdentityService identityService) {
    PublicationScenario.ensureOfficial79(identityService);
  }

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    scenario = new PublicationScenario(practices, documents, publications, runtimeService, taskService,
        managementService, identityService, formService, historyService);
  }

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  PracticeView practice(long id) {
    return practices.get(CurrentUser.of("moderator1", java.util.List.of("asi-moderators")), id);
  }

  ProcessInstance submittedAmurPractice(String title) {
    long id = scenario.draft("official28", "28", title);
    return scenario.submit("official28", id);
  }

  /**
   * What the task's form shows, as Tasklist reads it ({@code GET /engine-rest/task/{id}/form-variables}): the
   * passport's read-only fields are read then, not stored on the task.
   */
  Map<String, Object> shown(String taskId) {
    return shown(taskId, "demo");
  }

  Map<String, Object> shown(Task task) {
    return shown(task.getId());
  }

  Map<String, Object> shown(String taskId, String user) {
    var answer = ru.smarteka.workflow.support.Api.as(port, user).get("/engine-rest/task/" + taskId + "/form-variables");
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    try {
      Map<String, Object> shown = new HashMap<>();
      new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.getBody()).fields()
          .forEachRemaining(f -> shown.put(f.getKey(), f.getValue().path("value").isNumber()
              ? (Object) f.getValue().path("value").intValue() : f.getValue().path("value").asText(null)));
      return shown;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  long id(ProcessInstance pi) {
    return BusinessKeys.idOf(BusinessKeys.PRACTICE, pi.getBusinessKey());
  }

  /** Through eligibility, the check and the choice of experts, to the three assessments. */
  ProcessInstance inExpertise(String title) {
    ProcessInstance pi = submittedAmurPractice(title);
    scenario.check(pi, CHECK_ACCEPT, null);
    scenario.assignExperts(pi, "expert1, expert2, expert3");
    return pi;
  }

  @Test
  void eligiblePracticeGoesThroughEveryStageToTheCatalogue() {
    ProcessInstance pi = submittedAmurPractice("Выездные врачебные бригады");
    long id = id(pi);
    assertThat(pi).isStarted().hasPassed(TASK_CHECK_ELIGIBILITY).isWaitingAt(TASK_PRELIMINARY_CHECK);
    assertThat(pi.getBusinessKey()).isEqualTo(BusinessKeys.practice(id));
    PracticeView submitted = practice(id);
    assertThat(submitted.status()).isEqualTo(PracticeStatus.SUBMITTED);
    assertThat(submitted.eligibilityGrounds()).extracting(g -> g.condition()).contains("QOL_TOP");

    Task check = scenario.task(pi, TASK_PRELIMINARY_CHECK);
    assertThat(check).hasCandidateGroup("asi-moderators");
    assertThat(check.getDueDate()).isNotNull();
    assertThat(shown(check.getId()).get("practiceTitle")).isEqualTo("Выездные врачебные бригады");
    assertThat((String) shown(check.getId()).get("practiceDocuments")).contains("Приказ о внедрении.pdf");
    scenario.check(pi, CHECK_ACCEPT, null);
    assertThat(practice(id).status()).isEqualTo(PracticeStatus.IN_EXPERTISE);

    Task assign = scenario.task(pi, TASK_ASSIGN_EXPERTS);
    List<String> suggested = json(taskService.getVariableLocal(assign.getId(), "expertIds"), new TypeReference<>() { });
    assertThat(suggested).hasSize(3);
    assertThat(suggested).doesNotContain("expert4");   // from Amur, the practice's own region
    // the picker lists every candidate with name, region, categories and load; nobody types a login
    List<Map<String, String>> options = json(taskService.getVariableLocal(assign.getId(), "expertOptions"),
        new TypeReference<>() { });
    assertThat(options).extracting(o -> o.get("value")).containsAll(suggested).doesNotContain("expert4");
    assertThat(options).filteredOn(o -> o.get("value").equals("expert1")).singleElement()
        .satisfies(o -> assertThat(o.get("label")).matches("Волков Алексей \\(expert1\\) — Тюменская область; .*"
            + "Здравоохранение.*; в работе: \\d+"));
    scenario.assignExperts(pi, "expert1, expert2, expert3");
    assertThat(scenario.tasks(pi, TASK_EXPERT_ASSESSMENT)).extracting(Task::getAssignee)
        .containsExactly("expert1", "expert2", "expert3");
    // the criteria ask about costs, audience, coverage and the algorithm: the expert's form shows the whole passport
    String assessment = scenario.tasks(pi, TASK_EXPERT_ASSESSMENT).get(0).getId();
    assertThat(shown(assessment).get("practiceAlgorithm"))
        .isEqualTo("1. Составить карту сёл без врача\n2. Сформировать выездные бригады\n3. Открыть запись");
    assertThat((String) shown(assessment).get("practiceAuthorTeam"))
        .startsWith("Иванов Андрей Петрович, Заместитель министра");
    assertThat(shown(assessment)).containsKeys("practiceResources", "practiceEffect",
        "practiceTargetAudience", "practiceCoverage");

    scenario.assess(pi, "expert1", 5);
    scenario.assess(pi, "expert2", 4);
    scenario.assess(pi, "expert3", 5, 4);
    assertThat(pi).hasPassed(TASK_DECIDE_VERDICT).isWaitingAt(TASK_REGIONAL_CONFIRMATION);
    assertThat(practice(id).status()).isEqualTo(PracticeStatus.AT_REGIONAL_CONFIRMATION);
    assertThat(scenario.task(pi, TASK_REGIONAL_CONFIRMATION)).hasCandidateGroup("region-28-secretaries");

    scenario.confirm(pi, "secretary28", CONFIRM, null);
    assertThat(practice(id).status()).isEqualTo(PracticeStatus.IN_COPY_EDITING);
    assertThat(scenario.task(pi, TASK_COPY_EDITING)).hasCandidateGroup("asi-editors");
    scenario.copyEdit(pi);

    assertThat(pi).isEnded().hasPassed(END_PUBLISHED);
    PracticeView published = practice(id);
    assertThat(published.status()).isEqualTo(PracticeStatus.PUBLISHED);
    assertThat(published.dates().publishedAt()).isNotNull();
    assertThat(published.catalogueSections()).containsExactlyInAnyOrder("KNOWLEDGE_BASE", "QUALITY_OF_LIFE");
    assertThat(published.passport().title()).as("the author's original stays").isEqualTo("Выездные врачебные бригады");
    assertThat(practices.editions(scenario.user("moderator1"), id)).singleElement()
        .satisfies(e -> assertThat(e.title()).isEqualTo("Выездные врачебные бригады в сёлах Приамурья"));
    assertThat(experts.assessments(id)).hasSize(3);
    assertThat(practices.history(scenario.user("moderator1"), id)).extracting(h -> h.status()).containsExactly(
        PracticeStatus.DRAFT, PracticeStatus.SUBMITTED, PracticeStatus.IN_EXPERTISE,
        PracticeStatus.AT_REGIONAL_CONFIRMATION, PracticeStatus.IN_COPY_EDITING, PracticeStatus.PUBLISHED);
  }

  @Test
  void ratingFactsAreDecisionInputsOnlyNotVariables() {
    ProcessInstance pi = submittedAmurPractice("Факты рейтинга без переменных");
    assertThat(pi).hasPassed(TASK_CHECK_ELIGIBILITY).isWaitingAt(TASK_PRELIMINARY_CHECK);
    for (String fact : List.of(VAR_RATING_YEAR, IN_QOL_RANK, IN_QOL_GROWTH_RANK, IN_INVESTMENT_INTEGRAL_RANK,
        IN_INVESTMENT_GROWTH_RANK, IN_FORUM_IDEA_PLACE, IN_ASI_PROJECT_READY, IN_RECOMMENDED_BY_ASI,
        IN_RECOMMENDED_BY_FEDERAL_BODY, IN_RECOMMENDED_BY_STATE_COUNCIL)) {
      assertThat(runtimeService.getVariable(pi.getId(), fact)).as(fact).isNull();
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
          .variableName(fact).count()).as(fact).isZero();
    }
    // what the decision was evaluated with stays readable for auditors, in its own history
    var decision = historyService.createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
        .decisionDefinitionKey("publication-eligibility").includeInputs().singleResult();
    assertThat(decision.getInputs()).anySatisfy(i -> assertThat(i.getValue()).isNotNull());
    assertThat(practice(id(pi)).eligibilityGrounds()).extracting(g -> g.condition()).contains("QOL_TOP");
  }

  @Test
  void regionThatMeetsNoConditionIsNotAdmitted() {
    long id = scenario.draft("official79", "79", "Практика Еврейской АО");
    ProcessInstance pi = scenario.submit("official79", id);
    assertThat(pi).isEnded().hasPassed(END_NOT_ELIGIBLE);
    PracticeView practice = practice(id);
    assertThat(practice.status()).isEqualTo(PracticeStatus.NOT_ELIGIBLE);
    assertThat(practice.eligibilityGrounds()).isEmpty();
    assertThat(practices.history(scenario.user("moderator1"), id)).last()
        .satisfies(h -> assertThat(h.reason()).contains("не соответствует"));
  }

  @Test
  void incompletePassportStartsNothing() {
    CurrentUser official = scenario.user("official28");
    long id = practices.create(official, ru.smarteka.workflow.support.Passports.completeData("28", "Без документов")).id();
    assertThatThrownBy(() -> scenario.submit("official28", id))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(m -> m.field())
            .containsExactly("documents"));
    assertThat(scenario.instance(id)).isNull();
    assertThat(practice(id).status()).isEqualTo(PracticeStatus.DRAFT);
  }

  @Test
  void returnedPassportComesBackToTheCheckAndCanThenBeRemoved() {
    ProcessInstance pi = submittedAmurPractice("Практика на доработку");
    long id = id(pi);
    scenario.check(pi, CHECK_RETURN, "Не описаны затраты на выездные бригады");
    assertThat(pi).isWaitingAt(TASK_REVISE_PASSPORT);
    Task revise = scenario.task(pi, TASK_REVISE_PASSPORT);
    assertThat(revise).isAssignedTo("official28");
    assertThat(scenario.candidateGroups(revise)).containsExactly("region-28-officials");
    assertThat(shown(revise.getId()).get("revisionReason"))
        .isEqualTo("Не описаны затраты на выездные бригады");
    PracticeView returned = practice(id);
    assertThat(returned.status()).isEqualTo(PracticeStatus.RETURNED_FOR_REVISION);
    assertThat(returned.revisionRound()).isEqualTo(1);

    Map<String, Object> form = new HashMap<>();
    form.put("passportResources", "Две бригады, 12 млн рублей в год из областного бюджета");
    form.put("revisionNote", "Добавлены затраты");
    scenario.complete("official28", revise, form);
    assertThat(pi).isWaitingAt(TASK_PRELIMINARY_CHECK);
    assertThat(practice(id).passport().resources()).isEqualTo("Две бригады, 12 млн рублей в год из областного бюджета");
    assertThat(shown(scenario.task(pi, TASK_PRELIMINARY_CHECK).getId()).get("revisionRound"))
        .isEqualTo(1);

    scenario.check(pi, CHECK_REMOVE, "Практика не относится к региональному управлению");
    assertThat(pi).isEnded().hasPassed(END_REMOVED);
    assertThat(practice(id).status()).isEqualTo(PracticeStatus.REMOVED);
  }

  @Test
  void revisionNotSentBackInTimeClosesTheReview() {
    ProcessInstance pi = submittedAmurPractice("Брошенная доработка");
    scenario.check(pi, CHECK_RETURN, "Приложите распоряжение о внедрении");
    scenario.fireTimer(pi, EVENT_REVISION_TIMEOUT);
    assertThat(pi).isEnded().hasPassed(END_REVISION_TIMED_OUT);
    PracticeView practice = practice(id(pi));
    assertThat(practice.status()).isEqualTo(PracticeStatus.WITHDRAWN);
    assertThat(practices.history(scenario.user("moderator1"), id(pi))).last()
        .satisfies(h -> assertThat(h.reason()).contains("не возвращён"));
  }

  @Test
  void middlingScoresSendThePracticeBackForRevision() {
    ProcessInstance pi = inExpertise("Средняя практика");
    scenario.assess(pi, "expert1", 4);
    scenario.assess(pi, "expert2", 3);
    scenario.assess(pi, "expert3", 4);
    assertThat(pi).hasPassed(TASK_DECIDE_VERDICT).isWaitingAt(TASK_REVISE_PASSPORT);
    PracticeView practice = practice(id(pi));
    assertThat(practice.status()).isEqualTo(PracticeStatus.RETURNED_FOR_REVISION);
    assertThat(shown(scenario.task(pi, TASK_REVISE_PASSPORT).getId()).get("revisionReason"))
        .asString().isNotBlank();
  }

  @Test
  void lowScoresRejectThePractice() {
    ProcessInstance pi = inExpertise("Слабая практика");
    scenario.assess(pi, "expert1", 2);
    scenario.assess(pi, "expert2", 3);
    scenario.assess(pi, "expert3", 2);
    assertThat(pi).isEnded().hasPassed(END_REJECTED);
    assertThat(practice(id(pi)).status()).isEqualTo(PracticeStatus.REJECTED);
  }

  @Test
  void overdueAssessmentGoesBackToTheModeratorWhoReassignsIt() {
    ProcessInstance pi = inExpertise("Практика с заменой эксперта");
    scenario.assess(pi, "expert1", 5);
    scenario.assess(pi, "expert2", 5);
    scenario.fireTimer(pi, EVENT_ASSESSMENT_OVERDUE);
    Task reassign = scenario.task(pi, TASK_REASSIGN_EXPERT);
    assertThat(reassign).hasCandidateGroup("asi-moderators");
    assertThat(taskService.getVariableLocal(reassign.getId(), "overdueExpert")).isEqualTo("expert3");
    // the moderator picks the replacement from a list (region, categories, load): nobody of the round is in it
    List<Map<String, String>> options = json(taskService.getVariableLocal(reassign.getId(), "replacementOptions"),
        new TypeReference<>() { });
    assertThat(options).extracting(o -> o.get("value")).containsExactly("expert5");   // expert1–3 are in the round, expert4 from Amur
    assertThat(options).extracting(o -> o.get("label")).allMatch(label -> label.matches(".+ \\(expert\\d\\) — .+; .+; в работе: \\d+"));

    assertThat(Workflows.refusal(() -> scenario.complete("moderator1", reassign, Map.of("replacementExpertId", "expert4")))
        .errors()).extracting(m -> m.message()).containsExactly("эксперт expert4 из региона практики: его назначать нельзя");
    scenario.complete("moderator1", scenario.task(pi, TASK_REASSIGN_EXPERT), Map.of("replacementExpertId", "expert5"));
    assertThat(scenario.task(pi, TASK_EXPERT_ASSESSMENT)).isAssignedTo("expert5");
    scenario.assess(pi, "expert5", 5);
    assertThat(pi).isWaitingAt(TASK_REGIONAL_CONFIRMATION);
  }

  @Test
  void regionThatDoesNotConfirmEndsTheReview() {
    ProcessInstance pi = inExpertise("Неподтверждённая практика");
    scenario.assess(pi, "expert1", 5);
    scenario.assess(pi, "expert2", 5);
    scenario.assess(pi, "expert3", 5);
    scenario.confirm(pi, "secretary28", REFUSE, "Практика в регионе не внедрена целиком");
    assertThat(pi).isEnded().hasPassed(END_NOT_CONFIRMED);
    PracticeView practice = practice(id(pi));
    assertThat(practice.status()).isEqualTo(PracticeStatus.NOT_CONFIRMED);
  }

  @Test
  void authorWithdrawsThePracticeDuringExpertise() {
    ProcessInstance pi = inExpertise("Отозванная практика");
    scenario.assess(pi, "expert1", 5);
    scenario.as("official28", () -> publications.withdraw(scenario.user("official28"), id(pi),
        "Практика будет переработана"));
    assertThat(pi).isEnded().hasPassed(END_WITHDRAWN);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    PracticeView practice = practice(id(pi));
    assertThat(practice.status()).isEqualTo(PracticeStatus.WITHDRAWN);
    assertThat(practices.history(scenario.user("moderator1"), id(pi))).last()
        .satisfies(h -> {
          assertThat(h.changedBy()).isEqualTo("official28");
          assertThat(h.reason()).isEqualTo("Практика будет переработана");
        });
  }

  @Test
  void tasklistStartFormSubmitsThePracticeToo() {
    long id = scenario.draft("official28", "28", "Подана через Tasklist");
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult().getId();
    assertThat(formService.getDeployedStartForm(definitionId)).isNotNull();
    scenario.as("official28", () -> formService.submitStartForm(definitionId, Variables.createVariables()
        .putValue("practiceId", (double) id).putValue("confirmSubmission", true)));
    ProcessInstance pi = scenario.instance(id);
    assertThat(pi).isWaitingAt(TASK_PRELIMINARY_CHECK);
    assertThat(runtimeService.getVariable(pi.getId(), VAR_PRACTICE_ID)).isEqualTo(id);
    assertThat(runtimeService.getVariable(pi.getId(), "confirmSubmission")).isNull();
  }

  @Test
  void everyUserTaskOpensItsDeployedForm() throws Exception {
    ProcessInstance pi = inExpertise("Формы задач");
    scenario.fireTimer(pi, EVENT_ASSESSMENT_OVERDUE);
    for (Task task : taskService.createTaskQuery().processInstanceId(pi.getId()).list()) {
      try (var form = formService.getDeployedTaskForm(task.getId())) {
        String json = new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).as(task.getTaskDefinitionKey()).contains("\"schemaVersion\"", "\"components\"");
      }
    }
    scenario.as("official28", () -> publications.withdraw(scenario.user("official28"), id(pi), "Проверка форм"));
  }

  @Test
  void decisionCompletedThroughTheEngineApiIsReadAsFromTheForm() {
    ProcessInstance pi = submittedAmurPractice("Решение через REST");
    Task check = scenario.task(pi, TASK_PRELIMINARY_CHECK);
    scenario.as("moderator1", () -> {
      taskService.claim(check.getId(), "moderator1");
      taskService.complete(check.getId(), Map.of("checkDecision", CHECK_RETURN, "checkComment", "Уточните охват"));
    });
    assertThat(pi).isWaitingAt(TASK_REVISE_PASSPORT);
    assertThat(runtimeService.getVariable(pi.getId(), "checkDecision")).as("taken out of the process").isNull();
    assertThat(runtimeService.getVariable(pi.getId(), VAR_CHECK_OUTCOME)).isEqualTo(CHECK_RETURN);

    Task revise = scenario.task(pi, TASK_REVISE_PASSPORT);
    scenario.as("official28", () -> taskService.complete(revise.getId(),
        Map.of("passportCoverage", "140 тысяч жителей", "revisionNote", "Уточнён охват")));
    assertThat(practice(id(pi)).passport().coverage()).isEqualTo("140 тысяч жителей");
    assertThat(pi).isWaitingAt(TASK_PRELIMINARY_CHECK);
    assertThat(taskService.getVariable(scenario.task(pi, TASK_PRELIMINARY_CHECK).getId(), "checkDecision"))
        .as("the next check starts empty").isNull();
  }

  @Test
  void checkWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = submittedAmurPractice("Проверка без причины");
    assertThat(Workflows.refusal(() -> scenario.check(pi, CHECK_RETURN, " ")).errors()).extracting(m -> m.field())
        .containsExactly("checkComment");
    assertThat(pi).isWaitingAt(TASK_PRELIMINARY_CHECK);
    assertThat(practice(id(pi)).status()).isEqualTo(PracticeStatus.SUBMITTED);
  }

  @Test
  void assessmentOutOfRangeIsRefused() {
    ProcessInstance pi = inExpertise("Неверная оценка");
    assertThat(Workflows.refusal(() -> scenario.assess(pi, "expert1", 7)).errors()).extracting(m -> m.field())
        .containsExactlyElementsOf(PublicationForms.SCORES);
    assertThat(scenario.tasks(pi, TASK_EXPERT_ASSESSMENT)).hasSize(3);
  }

  @Test
  void expertsFromThePracticesRegionAreNeverAssigned() {
    ProcessInstance pi = submittedAmurPractice("Эксперт из своего региона");
    scenario.check(pi, CHECK_ACCEPT, null);
    assertThat(Workflows.refusal(() -> scenario.assignExperts(pi, "expert1, expert2, expert4")).errors())
        .extracting(m -> m.message()).containsExactly("эксперт expert4 из региона практики: его назначать нельзя");
    assertThat(pi).isWaitingAt(TASK_ASSIGN_EXPERTS);
  }

  @Test
  void secretaryOfAnotherRegionNeitherSeesNorCompletesTheConfirmation() {
    ProcessInstance pi = inExpertise("Чужой секретарь");
    scenario.assess(pi, "expert1", 5);
    scenario.assess(pi, "expert2", 5);
    scenario.assess(pi, "expert3", 5);
    Task confirmation = scenario.task(pi, TASK_REGIONAL_CONFIRMATION);
    assertThat(scenario.as("secretary72", () -> taskService.createTaskQuery().processInstanceId(pi.getId()).count()))
        .isZero();
    assertThatThrownBy(() -> scenario.as("secretary72", () -> taskService.complete(confirmation.getId())))
        .isInstanceOf(AuthorizationException.class);
    assertThat(scenario.as("secretary28", () -> taskService.createTaskQuery().processInstanceId(pi.getId()).count()))
        .isEqualTo(1);
  }

  @Test
  void expertCannotCompleteAnotherExpertsAssessment() {
    ProcessInstance pi = inExpertise("Чужая оценка");
    Task ofExpert2 = taskService.createTaskQuery().processInstanceId(pi.getId()).taskAssignee("expert2").singleResult();
    assertThat(scenario.as("expert1", () -> taskService.createTaskQuery().processInstanceId(pi.getId()).list()))
        .extracting(Task::getAssignee).containsOnly("expert1");
    assertThatThrownBy(() -> scenario.as("expert1", () -> taskService.complete(ofExpert2.getId())))
        .isInstanceOf(AuthorizationException.class);
  }

  void decideOnExpertise(ProcessInstance pi, String decision, String comment, String expertIds) {
    Map<String, Object> form = new HashMap<>();
    form.put(PublicationForms.ASSIGNMENT_DECISION, decision);
    form.put(PublicationForms.ASSIGNMENT_COMMENT, comment);
    form.put("expertIds", expertIds);
    scenario.complete("moderator1", scenario.task(pi, TASK_ASSIGN_EXPERTS), form);
  }

  @Test
  void fewerExpertsThanTheCeilingAreAssignedOnlyWithAReason() {
    ProcessInstance pi = submittedAmurPractice("Мало экспертов в категории");
    scenario.check(pi, CHECK_ACCEPT, null);
    assertThat(taskService.getVariableLocal(scenario.task(pi, TASK_ASSIGN_EXPERTS).getId(), "expertCeiling"))
        .isEqualTo(3);
    assertThat(Workflows.refusal(() -> decideOnExpertise(pi, ASSIGN, null, "expert1, expert2")).errors())
        .extracting(m -> m.field()).containsExactly(PublicationForms.ASSIGNMENT_COMMENT);
    assertThat(Workflows.refusal(() -> decideOnExpertise(pi, ASSIGN, null, "expert1, expert2, expert3, expert5"))
        .errors()).extracting(m -> m.message()).containsExactly("назначьте не больше 3 экспертов, указано 4");
    assertThat(Workflows.refusal(() -> decideOnExpertise(pi, ASSIGN, null, " ")).errors())
        .extracting(m -> m.message()).containsExactly("назначьте хотя бы одного эксперта");

    decideOnExpertise(pi, ASSIGN, "В категории только два свободных эксперта из других регионов", "expert1, expert2");
    assertThat(scenario.tasks(pi, TASK_EXPERT_ASSESSMENT)).extracting(Task::getAssignee)
        .containsExactly("expert1", "expert2");
    scenario.assess(pi, "expert1", 5);
    scenario.assess(pi, "expert2", 5);
    assertThat(pi).isWaitingAt(TASK_REGIONAL_CONFIRMATION);
  }

  @Test
  void moderatorAsksAsiForExpertsWhenTooFewExistAndAssignsOnceTheyAreAdded() {
    ProcessInstance pi = submittedAmurPractice("Нужны новые эксперты");
    scenario.check(pi, CHECK_ACCEPT, null);
    assertThat(Workflows.refusal(() -> decideOnExpertise(pi, REQUEST_EXPERTS, null, null)).errors())
        .extracting(m -> m.field()).containsExactly(PublicationForms.ASSIGNMENT_COMMENT);
    decideOnExpertise(pi, REQUEST_EXPERTS, "Нужен ещё один эксперт по здравоохранению не из Приамурья", null);

    Task add = scenario.task(pi, TASK_ADD_EXPERTS);
    assertThat(add).hasCandidateGroup("camunda-admin");
    assertThat(add.getDueDate()).isNotNull();
    assertThat(taskService.getVariableLocal(add.getId(), "expertsRequest"))
        .isEqualTo("Нужен ещё один эксперт по здравоохранению не из Приамурья");
    assertThat(practice(id(pi)).status()).isEqualTo(PracticeStatus.IN_EXPERTISE);
    scenario.complete("demo", add, Map.of("addExpertsNote", "Добавлен эксперт expert5"));

    assertThat(pi).isWaitingAt(TASK_ASSIGN_EXPERTS);
    scenario.assignExperts(pi, "expert1, expert3, expert5");
    assertThat(scenario.tasks(pi, TASK_EXPERT_ASSESSMENT)).hasSize(3);
  }

  @Test
  void moderatorReturnsThePassportWhenNoExpertCanAssessIt() {
    ProcessInstance pi = submittedAmurPractice("Не та категория");
    scenario.check(pi, CHECK_ACCEPT, null);
    decideOnExpertise(pi, CHECK_RETURN, "Проверьте категорию: практика относится к образованию", null);
    assertThat(practice(id(pi)).status()).isEqualTo(PracticeStatus.RETURNED_FOR_REVISION);
    Task revision = scenario.task(pi, TASK_REVISE_PASSPORT);
    assertThat(shown(revision.getId()).get("revisionReason"))
        .isEqualTo("Проверьте категорию: практика относится к образованию");
    assertThat(revision.getAssignee()).isEqualTo("official28");
  }

  @Test
  void expertsAreSuggestedByTheirLoadWhenTheModeratorTakesTheTask() {
    ProcessInstance first = submittedAmurPractice("Первая в очереди на экспертизу");
    ProcessInstance second = submittedAmurPractice("Вторая в очереди на экспертизу");
    scenario.check(first, CHECK_ACCEPT, null);
    scenario.check(second, CHECK_ACCEPT, null);
    Task secondAssign = scenario.task(second, TASK_ASSIGN_EXPERTS);
    String listedAtCreation = (String) taskService.getVariableLocal(secondAssign.getId(), "suggestedExperts");

    String firstSuggestion = String.join(", ", json(taskService.getVariableLocal(
        scenario.task(first, TASK_ASSIGN_EXPERTS).getId(), "expertIds"), new TypeReference<List<String>>() { }));
    scenario.assignExperts(first, firstSuggestion);
    scenario.as("moderator1", () -> taskService.claim(secondAssign.getId(), "moderator1"));

    // the loads of the moment the task is taken, not of its creation: the experts just assigned count one more
    String listedWhenTaken = (String) taskService.getVariableLocal(secondAssign.getId(), "suggestedExperts");
    assertThat(listedWhenTaken).isNotEqualTo(listedAtCreation);
    var candidates = experts.candidates("HEALTHCARE", "28");
    assertThat(json(taskService.getVariableLocal(secondAssign.getId(), "expertIds"),
        new TypeReference<List<String>>() { })).isEqualTo(candidates.stream().limit(3)
        .map(c -> c.expert().userId()).toList());
    for (String expert : firstSuggestion.split(",\\s*")) {
      int before = load(listedAtCreation, expert);
      assertThat(load(listedWhenTaken, expert)).as(expert).isEqualTo(before + 1);
    }
  }

  /** A variable of the type Json (Spin), as Tasklist reads it. */
  static <T> T json(Object variable, TypeReference<T> type) {
    try {
      return new ObjectMapper().readValue(variable.toString(), type);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + variable, e);
    }
  }

  /** An expert's load as the suggestion lists it: «expert1 — … (регион 72, в работе: 2)». */
  static int load(String listing, String expert) {
    return listing.lines().filter(line -> line.startsWith(expert + " "))
        .map(line -> Integer.parseInt(line.replaceAll(".*в работе: (\\d+)\\)", "$1"))).findFirst().orElseThrow();
  }
}
