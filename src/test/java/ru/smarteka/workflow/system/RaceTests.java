package ru.smarteka.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.engine.EngineAsUser;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationProcess;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.replication.PositionLevel;
import ru.smarteka.workflow.replication.ReplicationService;
import ru.smarteka.workflow.replication.RequestData;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.PublishedPractices;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Passports;

/**
 * Two users doing the same thing at the same moment, through a real port: exactly one succeeds, the other is told
 * 409 (never 500), and nothing is half done. Each race is run {@value #ROUNDS} times, the two requests released
 * together by a barrier.
 */
@IntegrationTest
class RaceTests {

  static final int ROUNDS = 20;

  @LocalServerPort
  int port;
  @Autowired
  PracticeService practices;
  @Autowired
  PracticeDocuments documents;
  @Autowired
  PublicationService publications;
  @Autowired
  IdentityService identityService;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ReplicationService replications;
  @Autowired
  org.camunda.bpm.engine.ProcessEngine engine;

  final ObjectMapper json = new ObjectMapper();
  final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  /** A submitted practice of Amur, waiting for the preliminary check (set up through the services: fast). */
  long submitted(String title) {
    return EngineAsUser.run(identityService, "official28", () -> {
      CurrentUser author = EngineAsUser.user(identityService, "official28");
      long id = practices.create(author, Passports.completeData("28", title)).id();
      documents.upload(author, id, "act.pdf", Passports.PDF);
      publications.submit(author, id, null);
      return id;
    });
  }

  String checkTask(long practiceId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(BusinessKeys.practice(practiceId))
        .taskDefinitionKey(PublicationProcess.TASK_PRELIMINARY_CHECK).singleResult().getId();
  }

  /** Runs both calls at once (released by a barrier) and returns their statuses in call order. */
  List<ResponseEntity<String>> race(Function<Integer, ResponseEntity<String>> call) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<ResponseEntity<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      int which = i;
      calls.add(pool.submit(() -> {
        start.await(10, TimeUnit.SECONDS);
        return call.apply(which);
      }));
    }
    List<ResponseEntity<String>> answers = new ArrayList<>();
    for (Future<ResponseEntity<String>> answer : calls) {
      answers.add(answer.get(60, TimeUnit.SECONDS));
    }
    return answers;
  }

  static List<Integer> statuses(List<ResponseEntity<String>> answers) {
    return answers.stream().map(a -> a.getStatusCode().value()).sorted().toList();
  }

  void assertLoserWasToldConflict(List<ResponseEntity<String>> answers, int winnerStatus) throws Exception {
    assertThat(statuses(answers)).as(answers.toString()).containsExactly(winnerStatus, 409);
    ResponseEntity<String> loser = answers.stream().filter(a -> a.getStatusCode().value() == 409).findFirst()
        .orElseThrow();
    JsonNode body = json.readTree(loser.getBody());
    String message = body.has("message") ? body.get("message").asText() : body.get("detail").asText();
    assertThat(message).matches(".*[а-яА-Я].*").doesNotContainPattern(HostileSweepTests.JAVA_CLASS);
  }

  @Test
  void twoModeratorsClaimingOneTaskAtOnceGetOneTaskAndOneConflict() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String task = checkTask(submitted("Гонка за задачей " + round));
      String[] users = {"moderator1", "moderator2"};
      List<ResponseEntity<String>> answers = race(i -> Api.as(port, users[i])
          .postJson("/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + users[i] + "\"}"));

      assertLoserWasToldConflict(answers, 204);
      int winner = answers.get(0).getStatusCode().value() == 204 ? 0 : 1;
      assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(users[winner]);
    }
  }

  @Test
  void twoModeratorsCompletingOneTaskAtOnceCompleteItOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      long practice = submitted("Гонка за решением " + round);
      String task = checkTask(practice);
      int historyBefore = history(practice).size();
      String[] users = {"moderator1", "moderator2"};
      List<ResponseEntity<String>> answers = race(i -> Api.as(port, users[i]).postJson("/engine-rest/task/" + task
          + "/submit-form", "{\"variables\":{\"checkDecision\":{\"value\":\"ACCEPT\"},"
          + "\"checkComment\":{\"value\":\"Принято модератором " + users[i] + "\"}}}"));

      assertLoserWasToldConflict(answers, 204);
      // the check was decided once: one next task, one status change
      assertThat(taskService.createTaskQuery().processInstanceBusinessKey(BusinessKeys.practice(practice))
          .taskDefinitionKey(PublicationProcess.TASK_ASSIGN_EXPERTS).count()).isEqualTo(1);
      assertThat(taskService.createTaskQuery().taskId(task).count()).isZero();
      assertThat(history(practice)).hasSize(historyBefore + 1);
    }
  }

  @Test
  void twoWithdrawalsOfOnePracticeAtOnceWithdrawItOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      long practice = submitted("Гонка за отзывом " + round);
      int historyBefore = history(practice).size();
      List<ResponseEntity<String>> answers = race(i -> Api.as(port, "official28").postJson(
          "/api/practices/" + practice + "/withdraw", "{\"reason\":\"Отзыв " + i + "\"}"));

      assertLoserWasToldConflict(answers, 200);
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PublicationProcess.KEY)
          .processInstanceBusinessKey(BusinessKeys.practice(practice)).count()).isZero();
      JsonNode history = history(practice);
      assertThat(history).hasSize(historyBefore + 1);
      assertThat(history.get(history.size() - 1).get("status").asText()).isEqualTo("WITHDRAWN");
    }
  }

  JsonNode history(long practice) throws Exception {
    return json.readTree(Api.as(port, "official28").get("/api/practices/" + practice + "/history").getBody());
  }


  @Test
  void twoAbandonmentsOfOneReplicationAtOnceAbandonItOnce() throws Exception {
    long practice = new PublishedPractices(engine, practices, documents, publications).publish("28",
        "Гонка за отказом от внедрения");
    for (int round = 0; round < ROUNDS; round++) {
      long request = EngineAsUser.run(identityService, "official72", () -> replications.request(
          EngineAsUser.user(identityService, "official72"), new RequestData(practice, "72", "Департамент здравоохранения",
              "Директор департамента", "Департамент здравоохранения Тюменской области",
              PositionLevel.HEAD_OF_EXECUTIVE_BODY, "dzo@72.example.ru", "+7 (3452) 50-00-00", true, true, true)).id());
      List<ResponseEntity<String>> answers = race(i -> Api.as(port, "official72").postJson(
          "/api/replications/" + request + "/abandon", "{\"reason\":\"Отказ " + i + "\"}"));

      assertLoserWasToldConflict(answers, 200);
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("practice-replication")
          .processInstanceBusinessKey(BusinessKeys.replication(request)).count()).isZero();
      JsonNode view = json.readTree(Api.as(port, "official72").get("/api/replications/" + request).getBody());
      assertThat(view.get("status").asText()).isEqualTo("ABANDONED");
      long abandonments = 0;
      for (JsonNode event : view.get("history")) {
        abandonments += event.get("kind").asText().equals("ABANDONED") ? 1 : 0;
      }
      assertThat(abandonments).isOne();
    }
  }
}
