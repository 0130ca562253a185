package ru.smarteka.workflow.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.smarteka.workflow.replication.ReplicationProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.support.PublishedPractices;
import ru.smarteka.workflow.support.Workflows;

/**
 * The replication process attacked by the recipient region's official and the moderator through the engine REST API:
 * forged starts, and completions carrying variables that would pick the reviewer, the region, the request or the
 * six-month wait. None of them changes who reviews, which region works, which request moves, or when.
 */
@IntegrationTest
class ReplicationAttackTests {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired ReplicationService replications;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;

  Workflows flows;
  long practiceId;

  PublishedPractices published;

  @BeforeEach
  void setUp() {
    published = new PublishedPractices(engine, practices, documents, publications);
    flows = new Workflows(engine);
    practiceId = published.publish("28", "Практика под атакой тиражирования");
  }

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  ProcessInstance request() {
    ReplicationView view = flows.as("official72",
        () -> replications.request(flows.user("official72"), ReplicationFixtures.request(practiceId)));
    return flows.instance(KEY, view.id());
  }

  ReplicationView view(ProcessInstance pi) {
    return replications.view(CurrentUser.of("demo", List.of("camunda-admin")), BusinessKeys.idOf(BusinessKeys.REPLICATION, pi.getBusinessKey()));
  }

  ProcessInstance atRoadmap() {
    ProcessInstance pi = request();
    flows.submit("moderator1", pi, TASK_SCREEN_REQUEST, Map.of("screeningDecision", ACCEPT));
    flows.submit("moderator1", pi, TASK_ARRANGE_MENTOR_MEETING, Map.of("meetingDate", "2026-12-01",
        "meetingParticipants", "Наставник, реципиент, модератор", "meetingOutcome", "План согласован"));
    return pi;
  }

  ResponseEntity<String> submitForm(String user, Task task, String variables) {
    Api api = Api.as(port, user);
    if (task.getAssignee() == null) {
      api.postJson("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\": \"" + user + "\"}");
    }
    return api.postJson("/engine-rest/task/" + task.getId() + "/submit-form", "{\"variables\": " + variables + "}");
  }

  @Test
  void theRecipientCannotMakeThemselvesTheReviewerOfTheirRoadmap() {
    ProcessInstance pi = atRoadmap();
    upload(BusinessKeys.idOf(BusinessKeys.REPLICATION, pi.getBusinessKey()), ReplicationDocumentKind.ROADMAP);
    ResponseEntity<String> answer = submitForm("official72", flows.task(pi, TASK_SUBMIT_ROADMAP), """
        {"roadmapMilestones": {"value": "Утвердить порядок; 01.02.2099; Директор департамента"},
         "moderatorId": {"value": "official72"}, "recipientRegion": {"value": "28"}}""");

    assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
    Task review = flows.task(pi, TASK_REVIEW_ROADMAP);
    assertThat(review.getAssignee()).isEqualTo("moderator1");
    assertThat(view(pi).moderatorId()).isEqualTo("moderator1");
  }

  @Test
  void aReturnedRoadmapGoesBackToTheRecipientRegionWhateverTheModeratorSends() {
    ProcessInstance pi = atRoadmap();
    upload(BusinessKeys.idOf(BusinessKeys.REPLICATION, pi.getBusinessKey()), ReplicationDocumentKind.ROADMAP);
    flows.submit("official72", pi, TASK_SUBMIT_ROADMAP, Map.of("roadmapMilestones", ReplicationFixtures.ROADMAP));
    ResponseEntity<String> answer = submitForm("moderator1", flows.task(pi, TASK_REVIEW_ROADMAP), """
        {"roadmapDecision": {"value": "RETURN"}, "roadmapComment": {"value": "Добавьте вехи"},
         "recipientRegion": {"value": "28"}}""");

    assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
    assertThat(flows.candidateGroups(flows.task(pi, TASK_SUBMIT_ROADMAP))).containsExactly("region-72-officials");
  }

  @Test
  void theSixMonthWaitCannotBeShortenedByAVariable() {
    ProcessInstance pi = atRoadmap();
    upload(BusinessKeys.idOf(BusinessKeys.REPLICATION, pi.getBusinessKey()), ReplicationDocumentKind.ROADMAP);
    flows.submit("official72", pi, TASK_SUBMIT_ROADMAP, Map.of("roadmapMilestones", ReplicationFixtures.ROADMAP));
    flows.submit("moderator1", pi, TASK_REVIEW_ROADMAP, Map.of("roadmapDecision", APPROVE));
    upload(BusinessKeys.idOf(BusinessKeys.REPLICATION, pi.getBusinessKey()), ReplicationDocumentKind.ORDER);
    Map<String, Object> report = new HashMap<>();
    report.put("progressText", "Внедрено");
    report.put("achievedResult", "Охват 90% сёл");
    report.put("implementationComplete", true);
    report.put("evaluationDelay", "PT1S");
    report.put("nextReminderAt", "2000-01-01T00:00:00");
    flows.submit("official72", pi, TASK_REPORT_PROGRESS, report);
    flows.submit("moderator1", pi, TASK_CONFIRM_IMPLEMENTATION, Map.of("implementationDecision", CONFIRM));

    Job evaluationDue = managementService.createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(EVENT_EVALUATION_DUE).singleResult();
    assertThat(evaluationDue.getDuedate()).isAfter(Date.from(Instant.now().plus(Duration.ofDays(150))));
  }

  @Test
  void theModeratorsScreeningMovesOnlyTheRequestOfItsInstance() {
    ProcessInstance victim = request();
    long otherPractice = published.publish("28", "Вторая практика");
    ReplicationView second = flows.as("official72", () -> replications.request(flows.user("official72"),
        ReplicationFixtures.request(otherPractice)));
    ProcessInstance attacked = flows.instance(KEY, second.id());

    ResponseEntity<String> answer = submitForm("moderator1", flows.task(attacked, TASK_SCREEN_REQUEST), """
        {"screeningDecision": {"value": "REJECT"}, "screeningComment": {"value": "Отклонено"},
         "requestId": {"value": %s, "type": "Long"}}""".formatted(BusinessKeys.idOf(BusinessKeys.REPLICATION, victim.getBusinessKey())));

    assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
    assertThat(view(victim).status()).isEqualTo(ReplicationStatus.REQUESTED);
    assertThat(view(attacked).status()).isEqualTo(ReplicationStatus.REJECTED);
  }

  ReplicationView.DocumentView upload(long requestId, ReplicationDocumentKind kind) {
    return flows.as("official72", () -> replications.upload(flows.user("official72"), requestId, kind.name(),
        kind.name() + ".pdf", Passports.PDF));
  }

  @Test
  void neitherAVariableNorAnotherRequestsDocumentStandsInForTheRoadmapDocument() {
    ProcessInstance pi = atRoadmap();
    long otherPractice = published.publish("28", "Другая практика");
    ReplicationView other = flows.as("official72", () -> replications.request(flows.user("official72"),
        ReplicationFixtures.request(otherPractice)));
    ReplicationView.DocumentView elsewhere = upload(other.id(), ReplicationDocumentKind.ROADMAP);

    ResponseEntity<String> answer = submitForm("official72", flows.task(pi, TASK_SUBMIT_ROADMAP), """
        {"roadmapMilestones": {"value": "Утвердить порядок; 01.02.2099; Директор департамента"},
         "roadmapDocument": {"value": %d, "type": "Long"}, "documentId": {"value": %d, "type": "Long"},
         "documents": {"value": "ROADMAP"}}""".formatted(elsewhere.id(), elsewhere.id()));

    assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isFalse();
    assertThat(answer.getBody()).contains("дорожной карты");
    assertThat(flows.task(pi, TASK_SUBMIT_ROADMAP)).isNotNull();
    assertThat(view(pi).status()).isEqualTo(ReplicationStatus.MEETING_HELD);
    assertThat(view(pi).roadmaps()).isEmpty();
  }

  @Test
  void theImplementationIsNotCompletedNorConfirmedOnAVariablesWord() {
    ProcessInstance pi = atRoadmap();
    upload(BusinessKeys.idOf(BusinessKeys.REPLICATION, pi.getBusinessKey()), ReplicationDocumentKind.ROADMAP);
    flows.submit("official72", pi, TASK_SUBMIT_ROADMAP, Map.of("roadmapMilestones", ReplicationFixtures.ROADMAP));
    flows.submit("moderator1", pi, TASK_REVIEW_ROADMAP, Map.of("roadmapDecision", APPROVE));

    ResponseEntity<String> answer = submitForm("official72", flows.task(pi, TASK_REPORT_PROGRESS), """
        {"progressText": {"value": "Внедрено"}, "achievedResult": {"value": "Охват 90%"},
         "implementationComplete": {"value": true}, "implementationDocuments": {"value": "LEGAL_ACT"},
         "roadmapApprovedAt": {"value": "2000-01-01T00:00:00"}}""");

    assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isFalse();
    assertThat(answer.getBody()).contains("НПА");
    assertThat(flows.task(pi, TASK_REPORT_PROGRESS)).isNotNull();
    assertThat(view(pi).progress()).isEmpty();
  }

  @Test
  void nobodyStartsAReplicationPastItsRequest() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count();
    ResponseEntity<String> answer = Api.as(port, "official72").postJson(
        "/engine-rest/process-definition/key/" + KEY + "/start", """
        {"variables": {"practiceId": {"value": %d, "type": "Long"}},
         "startInstructions": [{"type": "startBeforeActivity", "activityId": "Task_ValidateEvaluation"}]}"""
            .formatted(practiceId));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
        .isEqualTo(before);
  }
}
