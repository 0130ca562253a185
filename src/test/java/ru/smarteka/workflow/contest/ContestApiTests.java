package ru.smarteka.workflow.contest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.MutableClock;

/**
 * {@code /api/contests} over HTTP: a moderator opens a contest, officials apply, intake closes by its timer and a
 * later application is a 422 problem; the engine's REST door refuses a scoring task to another nomination's member
 * and to a colleague, variable writes, a forged start; forged variables decide nothing; the portal votes, a second
 * vote is a 409 problem; 20 concurrent votes of one voter count once.
 */
@IntegrationTest
class ContestApiTests {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired MutableClock clock;
  @Autowired Contests contests;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  ContestScenario scenario;

  @BeforeEach
  void setUp() {
    scenario = new ContestScenario(engine, practices, documents, publications, contests, clock);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  static void isProblem(ResponseEntity<String> response, HttpStatus status) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody()).doesNotContain("Exception", "ru.smarteka");
  }

  @Test
  void aContestOverHttpWithTheEngineDoorClosedToOtherNominationsAndForgedVariables() throws Exception {
    long amur = scenario.published.publish("28", "Цифровая регистратура Приамурья");
    long tyumen = scenario.published.publish("72", "Запись к врачу по телефону 122 в Тюмени");
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(3)).withNano(0);
    ResponseEntity<String> opened = Api.as(port, "moderator1").postJson("/api/contests", """
        {"title": "Смарт Диалог: HTTP", "organisers": "АСИ, АНО «Диалог Регионы»",
         "directions": "Здравоохранение", "applicationDeadline": "%s", "votingStartsAt": "%s", "votingEndsAt": "%s",
         "nominations": [
           {"title": "Запись к врачу без очередей", "chairId": "contest-chair1",
            "members": [{"userId": "contest-chair1"}, {"userId": "contest-jury1"},
                        {"userId": "contest-jury28", "regionCode": "28"}]},
           {"title": "Место в детском саду", "chairId": "contest-chair2",
            "members": [{"userId": "contest-chair2"}, {"userId": "contest-jury2"}]}]}"""
        .formatted(now.plusDays(10), now.plusDays(20), now.plusDays(30)));
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long contestId = body(opened).get("id").asLong();
    String contest = "/api/contests/" + contestId;
    isProblem(Api.as(port, "official28").postJson("/api/contests", "{}"), HttpStatus.FORBIDDEN);
    isProblem(Api.as(port, "moderator1").postJson("/api/contests", "{\"title\": \"\"}"), HttpStatus.BAD_REQUEST);

    ResponseEntity<String> applied = Api.as(port, "official28").postJson(contest + "/entries",
        "{\"nomination\": 1, \"practiceId\": " + amur + "}");
    assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long amurEntry = body(applied).get("id").asLong();
    assertThat(Api.as(port, "official72").postJson(contest + "/entries", "{\"nomination\": 1, \"practiceId\": "
        + tyumen + "}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    isProblem(Api.as(port, "official72").postJson(contest + "/entries", "{\"nomination\": 1, \"practiceId\": "
        + amur + "}"), HttpStatus.FORBIDDEN);
    isProblem(Api.as(port, "official28").postJson(contest + "/entries", "{\"nomination\": 2, \"practiceId\": "
        + amur + "}"), HttpStatus.CONFLICT);
    isProblem(Api.as(port, "official28").get("/api/contests/999999"), HttpStatus.NOT_FOUND);

    // the start of either process through the engine's REST door is the application's alone
    assertThat(Api.as(port, "moderator1").postJson("/engine-rest/process-definition/key/practice-contest/start",
        "{\"businessKey\": \"contest-" + contestId + "\"}").getStatusCode().value()).isIn(400, 403);
    assertThat(Api.as(port, "official28").postJson("/engine-rest/process-definition/key/contest-entry/start",
        "{\"businessKey\": \"contest-entry-" + amurEntry + "\"}").getStatusCode().value()).isIn(400, 403);

    Contests.Contest model = contests.contest(contestId);
    scenario.flows.fireTimer(scenario.contestInstance(model), ContestProcess.EVENT_INTAKE_DEADLINE);
    long late = scenario.published.publish("28", "Поздняя практика Приамурья");
    ResponseEntity<String> refused = Api.as(port, "official28").postJson(contest + "/entries",
        "{\"nomination\": 1, \"practiceId\": " + late + "}");
    isProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getBody()).contains("Приём заявок на конкурс «Смарт Диалог: HTTP» закрыт");

    Contests.Entry entry = contests.entries(scenario.flows.user("moderator1"), contestId).stream()
        .filter(e -> e.id() == amurEntry).findFirst().orElseThrow();
    Task task = scenario.scoreTask(entry, "contest-jury1");
    String taskPath = "/engine-rest/task/" + task.getId();
    // another nomination's member and a colleague of the same group neither see, claim nor complete it
    for (String other : List.of("contest-jury2", "contest-chair1")) {
      assertThat(Api.as(port, other).get(taskPath).getStatusCode().value()).isIn(403, 404);
      assertThat(Api.as(port, other).postJson(taskPath + "/claim", "{\"userId\": \"" + other + "\"}")
          .getStatusCode().value()).isIn(403, 404, 409);
      assertThat(Api.as(port, other).postJson(taskPath + "/submit-form", """
          {"variables": {"scoreResults": {"value": "5"}, "scoreCitizensRequests": {"value": "5"},
           "scoreNationalGoals": {"value": "5"}, "scoreReplicability": {"value": "5"},
           "scoreNovelty": {"value": "5"}}}""").getStatusCode().value()).isIn(403, 404);
    }
    assertThat(Api.as(port, "contest-jury2").get("/engine-rest/task?processInstanceBusinessKey=contest-entry-"
        + amurEntry).getBody()).isEqualTo("[]");
    // the member does not write the task's variables; a score the form does not offer is a 400, never a 500
    assertThat(Api.as(port, "contest-jury1").putJson(taskPath + "/variables/assessmentId",
        "{\"value\": 1, \"type\": \"Long\"}", h -> { }).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> wrong = Api.as(port, "contest-jury1").postJson(taskPath + "/submit-form", """
        {"variables": {"scoreResults": {"value": "9"}, "scoreCitizensRequests": {"value": "5"},
         "scoreNationalGoals": {"value": "5"}, "scoreReplicability": {"value": "5"},
         "scoreNovelty": {"value": "5"}}}""");
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrong.getBody()).contains("scoreResults").doesNotContain("Exception\":", "java.", "ENGINE-");
    // forged variables beside the form's decide neither whose assessment it is nor the entry or the short list
    ResponseEntity<String> forged = Api.as(port, "contest-jury1").postJson(taskPath + "/submit-form", """
        {"variables": {"scoreResults": {"value": "5"}, "scoreCitizensRequests": {"value": "5"},
         "scoreNationalGoals": {"value": "5"}, "scoreReplicability": {"value": "5"},
         "scoreNovelty": {"value": "5"}, "entryId": {"value": 1, "type": "Long"},
         "assessmentId": {"value": 1, "type": "Long"}, "shortListed": {"value": true, "type": "Boolean"},
         "winner": {"value": true, "type": "Boolean"}}}""");
    assertThat(forged.getStatusCode().value()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select member_id from contest_assessment where task_id = ?", String.class,
        task.getId())).isEqualTo("contest-jury1");
    assertThat(jdbc.queryForObject("select entry_id from contest_assessment where task_id = ?", Long.class,
        task.getId())).isEqualTo(amurEntry);

    // the scores: ASI staff and the nomination's group, not another nomination's member
    scenario.score(entry, "contest-chair1", 3);
    JsonNode seenByStaff = body(Api.as(port, "moderator1").get(contest + "/entries"));
    assertThat(seenByStaff.get(0).path("juryScore").isNumber()).isTrue();
    JsonNode seenByOther = body(Api.as(port, "contest-jury2").get(contest + "/entries"));
    assertThat(seenByOther.get(0).path("juryScore").isNumber()).isFalse();
    assertThat(body(Api.as(port, "contest-jury28").get(contest + "/entries")).get(0).path("juryScore").isNumber())
        .isTrue();
  }

  @Test
  void thePortalVotesOncePerVoterAndNominationAndEverybodyReadsTheCountWithoutVoters() throws Exception {
    ContestScenario.Voting voting = scenario.voting("Смарт Диалог: голосование", "Поликлиника рядом: Тюмень");
    String votes = "/api/contests/" + voting.contest().id() + "/nominations/1/votes";
    String vote = "{\"entryId\": " + voting.entry().id() + ", \"voterId\": \"esia-1001\"}";

    assertThat(Api.as(port, "portal").postJson(votes, vote).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> again = Api.as(port, "portal").postJson(votes, vote);
    isProblem(again, HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("уже проголосовал");
    isProblem(Api.as(port, "official72").postJson(votes, vote.replace("1001", "1002")), HttpStatus.FORBIDDEN);
    isProblem(Api.as(port, "portal").postJson(votes, "{\"entryId\": " + voting.entry().id() + "}"),
        HttpStatus.BAD_REQUEST);
    isProblem(Api.as(port, "portal").postJson("/api/contests/" + voting.contest().id() + "/nominations/2/votes",
        vote.replace("1001", "1003")), HttpStatus.UNPROCESSABLE_ENTITY);
    isProblem(Api.as(port, "portal").postJson("/api/contests/" + voting.contest().id() + "/nominations/7/votes",
        vote.replace("1001", "1003")), HttpStatus.NOT_FOUND);

    ResponseEntity<String> tally = Api.as(port, "official28").get(votes);
    assertThat(tally.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(tally).get("total").asLong()).isEqualTo(1);
    assertThat(body(tally).get("entries").get(0).get("votes").asLong()).isEqualTo(1);
    assertThat(tally.getBody()).doesNotContain("esia-1001", "voter");

    clock.set(voting.contest().votingEndsAt().plusSeconds(1));
    isProblem(Api.as(port, "portal").postJson(votes, vote.replace("1001", "1004")),
        HttpStatus.UNPROCESSABLE_ENTITY);
    isProblem(Api.as(port, "official28").get("/api/contests/" + voting.contest().id() + "/results"),
        HttpStatus.UNPROCESSABLE_ENTITY);

    // the voting-end timer settles the results: JSON and XLSX, with counts and never a voter
    scenario.flows.fireTimer(scenario.contestInstance(voting.contest()), ContestProcess.EVENT_VOTING_ENDS);
    ResponseEntity<String> results = Api.as(port, "official28").get("/api/contests/" + voting.contest().id()
        + "/results");
    assertThat(results.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode first = body(results).get("nominations").get(0);
    assertThat(first.get("juryWinnerEntryId").asLong()).isEqualTo(voting.entry().id());
    assertThat(first.get("publicWinnerEntryId").asLong()).isEqualTo(voting.entry().id());
    assertThat(first.get("ranking").get(0).get("votes").asInt()).isEqualTo(1);
    assertThat(results.getBody()).doesNotContain("esia-", "voter");
    ResponseEntity<byte[]> xlsx = Api.as(port, "official28").getBytes("/api/contests/" + voting.contest().id()
        + "/results.xlsx");
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.getBody()))) {
      var sheet = book.getSheet("Итоги конкурса");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("Смарт Диалог: голосование");
      assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Поликлиника рядом: Тюмень");
      assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(1.0);
      assertThat(sheet.getRow(3).getCell(6).getStringCellValue())
          .isEqualTo("Победитель по решению рабочей группы и голосованию жителей");
    }
  }

  @Test
  void twentyConcurrentVotesOfOneVoterCountOnce() throws Exception {
    ContestScenario.Voting voting = scenario.voting("Смарт Диалог: один голос", "Врач на дом: Тюмень");
    String votes = "/api/contests/" + voting.contest().id() + "/nominations/1/votes";
    String vote = "{\"entryId\": " + voting.entry().id() + ", \"voterId\": \"esia-2002\"}";
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return Api.as(port, "portal").postJson(votes, vote).getStatusCode().value();
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(60, TimeUnit.SECONDS));
      }
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
      assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
    } finally {
      pool.shutdownNow();
    }
    assertThat(jdbc.queryForObject("select count(*) from contest_vote where entry_id = ?", Integer.class,
        voting.entry().id())).isEqualTo(1);
    assertThat(contests.tally(voting.contest().id(), 1).total()).isEqualTo(1);
  }
}
