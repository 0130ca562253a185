package ru.smarteka.workflow.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ru.smarteka.workflow.replication.ReplicationProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.system.ConflictException;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.UnprocessableException;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.PublishedPractices;
import ru.smarteka.workflow.support.Workflows;

/**
 * The replication process, every path of it, driven by the demo users: official72 requests a practice of Amur,
 * moderator1 (who takes healthcare) runs it. Every flow node and sequence flow of {@code practice-replication} is
 * taken (the coverage gate at verify).
 */
@IntegrationTest
class ReplicationProcessTests {

  @org.springframework.boot.test.web.server.LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired ReplicationService replications;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @org.springframework.beans.factory.annotation.Value("${smarteka.portal-url}") String portalUrl;

  Workflows flows;
  long practiceId;

  PublishedPractices published;

  @BeforeEach
  void setUp() {
    published = new PublishedPractices(engine, practices, documents, publications);
    AbstractAssertions.init(engine);
    flows = new Workflows(engine);
    practiceId = published.publish("28", "Практика для тиражирования");
  }

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  ProcessInstance request(RequestData data) {
    ReplicationView view = flows.as("official72", () -> replications.request(flows.user("official72"), data));
    return flows.instance(KEY, view.id());
  }

  ReplicationView view(ProcessInstance pi) {
    return replications.view(CurrentUser.of("demo", List.of("camunda-admin")), BusinessKeys.idOf(BusinessKeys.REPLICATION, pi.getBusinessKey()));
  }

  void screen(ProcessInstance pi, String decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put("screeningDecision", decision);
    form.put("screeningComment", comment);
    flows.submit("moderator1", pi, TASK_SCREEN_REQUEST, form);
  }

  void meet(ProcessInstance pi) {
    flows.submit("moderator1", pi, TASK_ARRANGE_MENTOR_MEETING, Map.of("meetingDate", "2026-12-01",
        "meetingParticipants", "Иванов А. П. (наставник), Новиков Р. (реципиент), Соколова И. (модератор)",
        "meetingOutcome", "Согласован план внедрения, наставник передал регламенты"));
  }

  long id(ProcessInstance pi) {
    return BusinessKeys.idOf(BusinessKeys.REPLICATION, pi.getBusinessKey());
  }

  /** The recipient uploads a document to the request, as the portal does. */
  ReplicationView.DocumentView upload(ProcessInstance pi, ReplicationDocumentKind kind, String fileName) {
    return flows.as("official72", () -> replications.upload(flows.user("official72"), id(pi), kind.name(), fileName,
        Passports.PDF));
  }

  /** The roadmap document uploaded, then the roadmap form submitted. */
  void submitRoadmap(ProcessInstance pi) {
    upload(pi, ReplicationDocumentKind.ROADMAP, "Дорожная карта.pdf");
    flows.submit("official72", pi, TASK_SUBMIT_ROADMAP, Map.of("roadmapMilestones", ReplicationFixtures.ROADMAP));
  }

  Object local(ProcessInstance pi, String taskKey, String variable) {
    return taskService.getVariableLocal(flows.task(pi, taskKey).getId(), variable);
  }

  static List<String> fields(InvalidInputException refusal) {
    return refusal.errors().stream().map(FieldMessage::field).toList();
  }

  void review(ProcessInstance pi, String taskKey, String field, String decision, String commentField, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put(field, decision);
    form.put(commentField, comment);
    flows.submit("moderator1", pi, taskKey, form);
  }

  void report(ProcessInstance pi, boolean complete) {
    flows.submit("official72", pi, TASK_REPORT_PROGRESS, Map.of("progressText", "Бригады сформированы",
        "achievedResult", "Охват 40% сёл", "implementationComplete", complete));
  }

  void evaluate(ProcessInstance pi) {
    flows.submit("official72", pi, TASK_SUBMIT_EVALUATION, Map.of("achievedResults", "Охват 85% сёл, ожидание 4 дня",
        "comparisonWithPlan", "План по охвату выполнен, по срокам ожидания — на 90%"));
  }

  /** Requested, screened in, met, roadmap approved: implementing. */
  ProcessInstance implementing() {
    ProcessInstance pi = request(ReplicationFixtures.request(practiceId));
    screen(pi, ACCEPT, null);
    meet(pi);
    submitRoadmap(pi);
    review(pi, TASK_REVIEW_ROADMAP, "roadmapDecision", APPROVE, "roadmapComment", null);
    return pi;
  }

  @Test
  void authorisedRequestGoesFromRequestToAValidatedEvaluation() {
    ProcessInstance pi = request(ReplicationFixtures.request(practiceId));
    assertThat(pi).isWaitingAt(TASK_SCREEN_REQUEST).hasPassed(TASK_CHECK_AUTHORITY);
    Task screening = flows.task(pi, TASK_SCREEN_REQUEST);
    assertThat(screening).isAssignedTo("moderator1");
    assertThat(taskService.getVariableLocal(screening.getId(), "authorityConclusion")).asString()
        .startsWith("Полномочия подтверждены: Заявитель — руководитель");
    // the «Описание» tab says what to do, about which practice and region, and by when
    assertThat(screening.getDescription()).startsWith("Рассмотрите заявку региона «Тюменская область» на тиражирование "
        + "практики «").contains(" Срок — до ").endsWith("(МСК).");
    assertThat(view(pi).standing().authorityOutcome()).isEqualTo("AUTHORISED");
    assertThat(view(pi).moderatorId()).isEqualTo("moderator1");

    screen(pi, ACCEPT, null);
    Task meeting = flows.task(pi, TASK_ARRANGE_MENTOR_MEETING);
    assertThat((String) taskService.getVariableLocal(meeting.getId(), "mentorTeam")).contains("Иванов Андрей Петрович");
    meet(pi);
    assertThat(view(pi).course().meeting().date()).hasToString("2026-12-01");

    Task roadmapTask = flows.task(pi, TASK_SUBMIT_ROADMAP);
    assertThat(flows.candidateGroups(roadmapTask)).containsExactly("region-72-officials");
    assertThat(local(pi, TASK_SUBMIT_ROADMAP, "reviewComments")).as("nothing returned yet").isNull();
    submitRoadmap(pi);
    review(pi, TASK_REVIEW_ROADMAP, "roadmapDecision", RETURN, "roadmapComment", "Добавьте веху об обучении врачей");
    assertThat(local(pi, TASK_SUBMIT_ROADMAP, "reviewComments")).isEqualTo("Добавьте веху об обучении врачей");
    upload(pi, ReplicationDocumentKind.ROADMAP, "Дорожная карта, ред. 2.pdf");
    flows.submit("official72", pi, TASK_SUBMIT_ROADMAP, Map.of("roadmapMilestones",
        ReplicationFixtures.roadmapDueSoon()));
    review(pi, TASK_REVIEW_ROADMAP, "roadmapDecision", APPROVE, "roadmapComment", null);
    assertThat(view(pi).status()).isEqualTo(ReplicationStatus.IMPLEMENTING);
    assertThat(view(pi).roadmap()).hasSize(2).allSatisfy(m -> assertThat(m.roadmapVersion()).isEqualTo(2));
    assertThat(view(pi).roadmaps()).extracting(r -> r.version(), r -> r.decision(), r -> r.document().fileName())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, RoadmapDecision.RETURNED, "Дорожная карта.pdf"),
            org.assertj.core.groups.Tuple.tuple(2, RoadmapDecision.APPROVED, "Дорожная карта, ред. 2.pdf"));

    flows.fireTimer(pi, EVENT_MILESTONE_REMINDER);
    assertThat(pi).hasPassed(END_REMINDER_SENT).isWaitingAt(TASK_REPORT_PROGRESS);
    assertThat(view(pi).history()).extracting(e -> e.kind()).contains("MILESTONE_REMINDER");

    report(pi, false);
    assertThat(local(pi, TASK_REPORT_PROGRESS, "returnRemarks")).as("nothing returned yet").isNull();
    upload(pi, ReplicationDocumentKind.ORDER, "Распоряжение о внедрении.pdf");
    report(pi, true);
    review(pi, TASK_CONFIRM_IMPLEMENTATION, "implementationDecision", RETURN, "implementationComment",
        "Нет распоряжения о внедрении");
    assertThat(view(pi).status()).isEqualTo(ReplicationStatus.IMPLEMENTATION_RETURNED);
    assertThat(local(pi, TASK_REPORT_PROGRESS, "returnRemarks")).isEqualTo("Нет распоряжения о внедрении");
    report(pi, true);
    review(pi, TASK_CONFIRM_IMPLEMENTATION, "implementationDecision", CONFIRM, "implementationComment", null);
    assertThat(pi).isWaitingAt(EVENT_EVALUATION_DUE);
    assertThat(view(pi).status()).isEqualTo(ReplicationStatus.IMPLEMENTED);

    flows.fireTimer(pi, EVENT_EVALUATION_DUE);
    assertThat(local(pi, TASK_SUBMIT_EVALUATION, "returnRemarks")).as("nothing returned yet").isNull();
    evaluate(pi);
    review(pi, TASK_VALIDATE_EVALUATION, "evaluationDecision", RETURN, "evaluationComment", "Уточните сравнение");
    assertThat(view(pi).status()).isEqualTo(ReplicationStatus.EVALUATION_RETURNED);
    assertThat(local(pi, TASK_SUBMIT_EVALUATION, "returnRemarks")).isEqualTo("Уточните сравнение");
    assertThat(runtimeService.getVariables(pi.getId())).as("remarks live in our tables, not in variables")
        .doesNotContainKeys("roadmapReviewComment", "evaluationReviewComment", "roadmapComment",
            "implementationComment", "evaluationComment");
    evaluate(pi);
    review(pi, TASK_VALIDATE_EVALUATION, "evaluationDecision", VALIDATE, "evaluationComment", null);

    assertThat(pi).isEnded().hasPassed(END_EVALUATED);
    ReplicationView done = view(pi);
    assertThat(done.status()).isEqualTo(ReplicationStatus.EVALUATED);
    assertThat(done.progress()).hasSize(3);
    assertThat(done.evaluations()).hasSize(2);
    var practice = practices.get(CurrentUser.of("moderator1", List.of("asi-moderators")), practiceId);
    assertThat(practice.replicationCount()).isEqualTo(1);
    assertThat(practice.catalogueSections()).contains("REPLICATION");
  }

  @Test
  void requestBelowTheRequiredAuthorityIsRejectedWithoutConsideration() {
    ProcessInstance pi = request(ReplicationFixtures.request(practiceId, "72", PositionLevel.SPECIALIST,
        "+7 3452 000000"));
    assertThat(view(pi).standing().authorityOutcome()).isEqualTo("INSUFFICIENT_AUTHORITY");
    assertThat(Workflows.refusal(() -> screen(pi, REJECT, null)).errors()).extracting(m -> m.field())
        .containsExactly("screeningComment");
    screen(pi, REJECT, "Заявитель — специалист; нужна заявка руководителя органа");
    assertThat(pi).isEnded().hasPassed(END_REJECTED);
    assertThat(view(pi).status()).isEqualTo(ReplicationStatus.REJECTED);
    // the region may request again once the request is closed
    assertThat(request(ReplicationFixtures.request(practiceId))).isNotNull();
  }

  @Test
  void incompleteProfileIsShownToTheModerator() {
    ProcessInstance pi = request(ReplicationFixtures.request(practiceId, "72", PositionLevel.HEAD_OF_EXECUTIVE_BODY,
        null));
    assertThat(view(pi).standing().authorityOutcome()).isEqualTo("INCOMPLETE_PROFILE");
    assertThat(taskService.getVariableLocal(flows.task(pi, TASK_SCREEN_REQUEST).getId(), "authorityConclusion"))
        .asString().startsWith("Профиль заявителя заполнен не полностью: ");
  }

  @ParameterizedTest
  @ValueSource(strings = {TASK_SCREEN_REQUEST, TASK_ARRANGE_MENTOR_MEETING, TASK_SUBMIT_ROADMAP, TASK_REPORT_PROGRESS,
      EVENT_EVALUATION_DUE})
  void recipientAbandonsTheReplicationAtAnyStage(String stage) {
    ProcessInstance pi = request(ReplicationFixtures.request(practiceId));
    if (!stage.equals(TASK_SCREEN_REQUEST)) {
      screen(pi, ACCEPT, null);
    }
    if (stage.equals(TASK_SUBMIT_ROADMAP) || stage.equals(TASK_REPORT_PROGRESS) || stage.equals(EVENT_EVALUATION_DUE)) {
      meet(pi);
    }
    if (stage.equals(TASK_REPORT_PROGRESS) || stage.equals(EVENT_EVALUATION_DUE)) {
      submitRoadmap(pi);
      review(pi, TASK_REVIEW_ROADMAP, "roadmapDecision", APPROVE, "roadmapComment", null);
    }
    if (stage.equals(EVENT_EVALUATION_DUE)) {
      upload(pi, ReplicationDocumentKind.LEGAL_ACT, "Постановление.pdf");
      report(pi, true);
      review(pi, TASK_CONFIRM_IMPLEMENTATION, "implementationDecision", CONFIRM, "implementationComment", null);
    }
    assertThat(pi).isWaitingAt(stage);
    long id = BusinessKeys.idOf(BusinessKeys.REPLICATION, pi.getBusinessKey());
    flows.as("official72", () -> replications.abandon(flows.user("official72"), id, "Сменились приоритеты"));
    assertThat(pi).isEnded().hasPassed(END_ABANDONED);
    assertThat(view(pi).status()).isEqualTo(ReplicationStatus.ABANDONED);
    assertThat(view(pi).history()).last().satisfies(e -> {
      assertThat(e.actor()).isEqualTo("official72");
      assertThat(e.note()).isEqualTo("Сменились приоритеты");
    });
  }

  @Test
  void secondOpenRequestOfTheSameRegionIsRefused() {
    request(ReplicationFixtures.request(practiceId));
    assertThatThrownBy(() -> request(ReplicationFixtures.request(practiceId))).isInstanceOf(ConflictException.class);
  }

  @Test
  void unpublishedPracticeAndTheAuthorsOwnRegionAreRefused() {
    long draft = practices.create(CurrentUser.of("official28", List.of("region-28-officials")),
        ru.smarteka.workflow.support.Passports.completeData("28", "Неопубликованная")).id();
    assertThatThrownBy(() -> request(ReplicationFixtures.request(draft))).isInstanceOf(UnprocessableException.class);
    assertThatThrownBy(() -> flows.as("official28", () -> replications.request(flows.user("official28"),
        ReplicationFixtures.request(practiceId, "28", PositionLevel.HEAD_OF_EXECUTIVE_BODY, "+7 4162 000000"))))
        .isInstanceOf(UnprocessableException.class);
    assertThatThrownBy(() -> flows.as("official16", () -> replications.request(flows.user("official16"),
        ReplicationFixtures.request(practiceId)))).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void requestWithoutTheDeclarationsIsRefused() {
    RequestData undeclared = new RequestData(practiceId, "72", "Департамент", "Директор", "Департамент",
        PositionLevel.HEAD_OF_EXECUTIVE_BODY, "a@b.ru", "+7 000 000000", true, false, null);
    assertThat(Workflows.refusal(() -> request(undeclared)).errors()).extracting(m -> m.field())
        .contains("declarationReady", "declarationCooperate");
  }

  @Test
  void tasklistStartFormRequestsToo() {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
        .singleResult().getId();
    flows.as("official72", () -> formService.submitStartForm(definitionId, Variables.createVariables()
        .putValue("practiceId", (long) practiceId).putValue("recipientRegion", "72")
        .putValue("responsibleBody", "Департамент здравоохранения").putValue("officialPosition", "Директор")
        .putValue("organisation", "Департамент здравоохранения").putValue("positionLevel", "HEAD_OF_EXECUTIVE_BODY")
        .putValue("contactEmail", "dzo@72.example.ru").putValue("contactPhone", "")
        .putValue("declarationStudied", true).putValue("declarationReady", true)
        .putValue("declarationCooperate", true)));
    var requests = replications.list(CurrentUser.of("demo", List.of("camunda-admin")), practiceId, null,
        org.springframework.data.domain.Pageable.unpaged());
    assertThat(requests.getContent()).hasSize(1);
    ProcessInstance pi = flows.instance(KEY, requests.getContent().get(0).id());
    assertThat(pi).isWaitingAt(TASK_SCREEN_REQUEST);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "contactEmail")).as("kept in our tables").isNull();
  }

  @Test
  void badRoadmapLinesAreRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = request(ReplicationFixtures.request(practiceId));
    screen(pi, ACCEPT, null);
    meet(pi);
    upload(pi, ReplicationDocumentKind.ROADMAP, "Дорожная карта.pdf");
    assertThat(Workflows.refusal(() -> flows.submit("official72", pi, TASK_SUBMIT_ROADMAP,
        Map.of("roadmapMilestones", "Сделать всё; скоро; все"))).errors()).extracting(m -> m.message())
        .containsExactly("строка 1: срок «скоро» не дата ДД.ММ.ГГГГ");
    assertThat(pi).isWaitingAt(TASK_SUBMIT_ROADMAP);
  }

  @Test
  void theFormsLinkTheRequestsDocumentsWhichDownloadInTheTasklistSessionOfThoseWhoMayReadThem() {
    ProcessInstance pi = request(ReplicationFixtures.request(practiceId));
    screen(pi, ACCEPT, null);
    meet(pi);
    ReplicationView.DocumentView roadmap = upload(pi, ReplicationDocumentKind.ROADMAP, "Дорожная карта.pdf");
    flows.submit("official72", pi, TASK_SUBMIT_ROADMAP, Map.of("roadmapMilestones", ReplicationFixtures.ROADMAP));
    String link = "/camunda/api/tasklist/plugin/smarteka-replication-documents/default/replications/" + id(pi)
        + "/documents/" + roadmap.id();
    assertThat((String) local(pi, TASK_REVIEW_ROADMAP, "documentsView"))
        .startsWith("- [Дорожная карта: Дорожная карта.pdf](" + link + ") — загружен ");
    var download = ru.smarteka.workflow.support.WebappSession.loggedIn(port, "tasklist", "official72").get(link);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(new String(Passports.PDF));
    assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        d -> assertThat(d).startsWith("attachment;"));
    var refused = ru.smarteka.workflow.support.WebappSession.loggedIn(port, "tasklist", "official16").get(link);
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).isEqualTo("Документ " + roadmap.id() + " не найден");
  }

  @Test
  void theRoadmapIsSubmittedOnlyWithItsDocumentAndARevisionOnlyWithANewOne() {
    ProcessInstance pi = request(ReplicationFixtures.request(practiceId));
    screen(pi, ACCEPT, null);
    meet(pi);
    assertThat((String) local(pi, TASK_SUBMIT_ROADMAP, "uploadTo")).as("the form says where to upload")
        .isEqualTo(portalUrl + "replications/" + id(pi));
    Map<String, Object> form = Map.of("roadmapMilestones", ReplicationFixtures.ROADMAP);

    InvalidInputException refused = Workflows.refusal(() -> flows.submit("official72", pi, TASK_SUBMIT_ROADMAP, form));
    assertThat(fields(refused)).containsExactly("roadmapDocument");
    assertThat(refused.errors().get(0).message()).contains("документ дорожной карты", "документы заявки № " + id(pi));
    assertThat(pi).isWaitingAt(TASK_SUBMIT_ROADMAP);
    assertThat(view(pi).status()).isEqualTo(ReplicationStatus.MEETING_HELD);
    assertThat(view(pi).roadmap()).isEmpty();

    upload(pi, ReplicationDocumentKind.LEGAL_ACT, "Постановление.pdf");
    assertThat(fields(Workflows.refusal(() -> flows.submit("official72", pi, TASK_SUBMIT_ROADMAP, form))))
        .as("a legal act is no roadmap").containsExactly("roadmapDocument");
    InvalidInputException both = Workflows.refusal(() -> flows.submit("official72", pi, TASK_SUBMIT_ROADMAP,
        Map.of("roadmapMilestones", "Сделать всё; скоро; все")));
    assertThat(fields(both)).as("every problem at once").containsExactly("roadmapMilestones", "roadmapDocument");

    ReplicationView.DocumentView first = upload(pi, ReplicationDocumentKind.ROADMAP, "Дорожная карта.pdf");
    assertThat((String) local(pi, TASK_SUBMIT_ROADMAP, "documentsView")).as("prefilled when the task was created")
        .isNull();
    flows.submit("official72", pi, TASK_SUBMIT_ROADMAP, form);
    review(pi, TASK_REVIEW_ROADMAP, "roadmapDecision", RETURN, "roadmapComment", "Добавьте веху об обучении врачей");
    assertThat((String) local(pi, TASK_SUBMIT_ROADMAP, "documentsView"))
        .contains("Нормативный правовой акт: Постановление.pdf", "Дорожная карта: Дорожная карта.pdf");

    InvalidInputException revision = Workflows.refusal(() -> flows.submit("official72", pi, TASK_SUBMIT_ROADMAP,
        form));
    assertThat(fields(revision)).containsExactly("roadmapDocument");
    assertThat(revision.errors().get(0).message()).contains("новую редакцию");
    ReplicationView.DocumentView second = upload(pi, ReplicationDocumentKind.ROADMAP, "Дорожная карта, ред. 2.pdf");
    flows.submit("official72", pi, TASK_SUBMIT_ROADMAP, form);
    assertThat(pi).isWaitingAt(TASK_REVIEW_ROADMAP);
    assertThat(view(pi).roadmaps()).extracting(r -> r.document().id()).containsExactly(first.id(), second.id());
  }

  @Test
  void implementationIsCompleteOnlyWithALegalActOrOrderUploadedAfterTheRoadmapsApproval() {
    ProcessInstance pi = request(ReplicationFixtures.request(practiceId));
    screen(pi, ACCEPT, null);
    meet(pi);
    upload(pi, ReplicationDocumentKind.ORDER, "Приказ о рабочей группе.pdf");
    submitRoadmap(pi);
    review(pi, TASK_REVIEW_ROADMAP, "roadmapDecision", APPROVE, "roadmapComment", null);

    InvalidInputException refused = Workflows.refusal(() -> report(pi, true));
    assertThat(fields(refused)).as("the order before the approval proves nothing")
        .containsExactly("implementationDocuments");
    assertThat(refused.errors().get(0).message()).contains("НПА", "распорядительный документ",
        "документы заявки № " + id(pi));
    assertThat(pi).isWaitingAt(TASK_REPORT_PROGRESS);
    assertThat(view(pi).progress()).isEmpty();
    upload(pi, ReplicationDocumentKind.OTHER, "Фотоотчёт.pdf");
    assertThat(fields(Workflows.refusal(() -> report(pi, true)))).containsExactly("implementationDocuments");

    report(pi, false);
    assertThat(pi).as("an interim report needs no document").isWaitingAt(TASK_REPORT_PROGRESS);
    upload(pi, ReplicationDocumentKind.LEGAL_ACT, "Постановление о выездных бригадах.pdf");
    report(pi, true);
    assertThat(pi).isWaitingAt(TASK_CONFIRM_IMPLEMENTATION);
    assertThat((String) local(pi, TASK_CONFIRM_IMPLEMENTATION, "documentsView"))
        .contains("Нормативный правовой акт: Постановление о выездных бригадах.pdf");
  }

  @Test
  void theModeratorConfirmsNoImplementationWithoutItsProof() {
    // an instance that reached the confirmation before the documents were required (the model was redeployed)
    ProcessInstance pi = implementing();
    runtimeService.createProcessInstanceModification(pi.getId()).cancelAllForActivity(TASK_REPORT_PROGRESS)
        .startBeforeActivity(TASK_CONFIRM_IMPLEMENTATION).execute();

    InvalidInputException refused = Workflows.refusal(() -> review(pi, TASK_CONFIRM_IMPLEMENTATION,
        "implementationDecision", CONFIRM, "implementationComment", null));
    assertThat(fields(refused)).containsExactly("implementationDecision");
    assertThat(refused.errors().get(0).message()).contains("НПА", "верните");
    assertThat(view(pi).status()).isEqualTo(ReplicationStatus.IMPLEMENTING);

    review(pi, TASK_CONFIRM_IMPLEMENTATION, "implementationDecision", RETURN, "implementationComment",
        "Загрузите распоряжение о внедрении");
    assertThat(local(pi, TASK_REPORT_PROGRESS, "returnRemarks")).isEqualTo("Загрузите распоряжение о внедрении");
  }

  @Test
  void everyUserTaskOpensItsDeployedForm() throws Exception {
    ProcessInstance pi = implementing();
    for (Task task : taskService.createTaskQuery().processInstanceId(pi.getId()).list()) {
      try (var form = formService.getDeployedTaskForm(task.getId())) {
        assertThat(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"components\"");
      }
    }
  }

  @Test
  void onlyTheAssignedModeratorWorksOnTheReplication() {
    ProcessInstance pi = request(ReplicationFixtures.request(practiceId));
    Task screening = flows.task(pi, TASK_SCREEN_REQUEST);
    assertThatThrownBy(() -> flows.as("moderator2", () -> formService.submitTaskForm(screening.getId(),
        Map.of("screeningDecision", ACCEPT)))).isInstanceOf(AuthorizationException.class);
    assertThat(pi).isWaitingAt(TASK_SCREEN_REQUEST);
  }

  @Test
  void anotherRegionsOfficialNeitherSeesNorActsOnTheReplication() {
    ProcessInstance pi = implementing();
    Task report = flows.task(pi, TASK_REPORT_PROGRESS);
    assertThat(flows.as("official16", () -> taskService.createTaskQuery().processInstanceId(pi.getId()).count()))
        .isZero();
    assertThatThrownBy(() -> flows.as("official16", () -> taskService.claim(report.getId(), "official16")))
        .isInstanceOf(AuthorizationException.class);
    long id = BusinessKeys.idOf(BusinessKeys.REPLICATION, pi.getBusinessKey());
    assertThatThrownBy(() -> replications.view(flows.user("official16"), id))
        .isInstanceOf(ru.smarteka.workflow.system.NotFoundException.class);
    assertThatThrownBy(() -> replications.view(flows.user("moderator2"), id))
        .isInstanceOf(ru.smarteka.workflow.system.NotFoundException.class);
    assertThat(replications.view(flows.user("official28"), id).status()).as("the mentor's region")
        .isEqualTo(ReplicationStatus.IMPLEMENTING);
  }
}
