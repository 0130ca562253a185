package ru.smarteka.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.smarteka.workflow.publication.PublicationProcess.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PassportData;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.Browser;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.support.Workflows;
import ru.smarteka.workflow.system.HostileCorpus.Door;
import ru.smarteka.workflow.system.HostileCorpus.EngineTask;
import ru.smarteka.workflow.system.HostileCorpus.Probe;

/**
 * Sweeps a generated corpus of hostile requests (fixed seed) over every operation of our OpenAPI description, fetched
 * from the running application so that a new endpoint is swept too, and over the engine REST operations Tasklist
 * uses, on {@code /engine-rest} and on the webapps' {@code /camunda/api/engine}: wrong ids, parameters, bodies,
 * content types, users, and forms that the process's listeners must refuse. No answer may be a 5xx; no error may name
 * a Java class; every error of our API is {@code application/problem+json}. The counts by status are logged.
 */
@IntegrationTest
class HostileSweepTests {

  private static final Logger log = LoggerFactory.getLogger(HostileSweepTests.class);

  static final long SEED = 20_261_206L;
  static final int AT_LEAST = 1000;

  /** A Java package, a class named like an exception or error, a stack frame, a listener's or delegate's name. */
  static final Pattern JAVA_CLASS = Pattern.compile(
      "\\b(?:ru\\.smarteka|org\\.camunda|org\\.springframework|org\\.hibernate|org\\.glassfish|org\\.apache|org\\.h2"
          + "|org\\.postgresql|com\\.fasterxml|com\\.zaxxer|jakarta\\.[a-z]+\\.|javax\\.[a-z]+\\."
          + "|java\\.(?:lang|util|io|sql|time|net|math)\\b)"
          + "|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b"
          + "|\\bat [a-z][\\w$]*\\.[\\w$.]+\\("
          + "|\\b(?:TaskListener|ExecutionListener|JavaDelegate)\\b");

  /** Where Camunda keeps the exceptions whose simple names its clients get as {@code type}. */
  static final List<String> CAMUNDA_EXCEPTION_PACKAGES = List.of("org.camunda.bpm.engine.",
      "org.camunda.bpm.engine.exception.", "org.camunda.bpm.engine.rest.exception.");

  static final List<String> OUR_TYPES = List.of(Problems.BUSINESS_REFUSAL, Problems.INVALID_REQUEST,
      Problems.SERVICE_UNAVAILABLE, "TaskAlreadyCompleted", "AuthorizationException", "AuthenticationException");

  record Outcome(Probe probe, int status, String contentType, String body) {
  }

  @LocalServerPort
  int port;
  @Autowired
  PracticeService practices;
  @Autowired
  PracticeDocuments documents;
  @Autowired
  PublicationService publications;
  @Autowired
  TaskService taskService;
  @Autowired
  FilterService filterService;
  @Autowired
  ProcessEngine engine;
  Workflows workflows;

  @BeforeEach
  void drive() {
    workflows = new Workflows(engine);
  }

  final ObjectMapper json = new ObjectMapper();
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  final Map<String, Browser> sessions = new HashMap<>();

  @Test
  void hostileRequestsGetNoServerErrorNoClassNameAndOnlyProblemsOnOurApi() throws Exception {
    long prepared = System.nanoTime();
    HostileCorpus corpus = new HostileCorpus(SEED, fixtures());
    long started = System.nanoTime();
    corpus.api(json.readTree(Api.as(port, "official28").get("/v3/api-docs").getBody()));
    corpus.engine();
    List<Probe> probes = corpus.probes();

    List<Outcome> outcomes = new ArrayList<>();
    for (Probe probe : probes) {
      outcomes.add(send(probe));
    }

    List<String> violations = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      violations.addAll(violations(outcome));
    }
    Map<Door, Map<Integer, Integer>> counts = new TreeMap<>();
    for (Outcome outcome : outcomes) {
      counts.computeIfAbsent(outcome.probe().door(), d -> new TreeMap<>()).merge(outcome.status(), 1, Integer::sum);
    }
    long refusedForms = outcomes.stream().filter(o -> o.probe().label().startsWith("refused")
        && o.status() == 400 && o.body().contains(Problems.BUSINESS_REFUSAL)).count();
    log.info("Hostile sweep: {} requests (seed {}) in {} s (fixtures {} s); by door and status: {}; listener refusals"
        + " answered 400: {}; violations: {}", outcomes.size(), SEED, (System.nanoTime() - started) / 1_000_000_000,
        (started - prepared) / 1_000_000_000, counts, refusedForms, violations.size());
    violations.stream().limit(40).forEach(v -> log.warn("Sweep violation: {}", v));

    assertThat(outcomes).hasSizeGreaterThanOrEqualTo(AT_LEAST);
    assertThat(counts.keySet()).containsExactlyInAnyOrder(Door.values());
    assertThat(refusedForms).as("forms refused by listeners as 400").isGreaterThanOrEqualTo(30);
    assertThat(violations).isEmpty();
  }

  /** What an answer must not be: a 5xx, a Java class, an error of our API that is not problem+json. */
  List<String> violations(Outcome outcome) {
    List<String> found = new ArrayList<>();
    String what = outcome.status() + " " + outcome.probe().door() + " " + outcome.probe().method() + " "
        + shorten(outcome.probe().path()) + " as " + outcome.probe().user() + " [" + outcome.probe().label() + "]: "
        + shorten(outcome.body());
    if (outcome.status() >= 500) {
      found.add("server error: " + what);
    }
    if (outcome.status() < 400) {
      return found;
    }
    String type = outcome.contentType() == null ? "" : outcome.contentType();
    if (type.contains("html")) {
      found.add("HTML error: " + what);
    }
    if (outcome.probe().door() == Door.API) {
      if (!type.startsWith("application/problem+json")) {
        found.add("not problem+json (" + type + "): " + what);
      }
      if (JAVA_CLASS.matcher(outcome.body()).find()) {
        found.add("names a class: " + what);
      }
    } else if (!outcome.body().isEmpty()) {
      try {
        ObjectNode error = (ObjectNode) json.readTree(outcome.body());
        String errorType = error.path("type").asText();
        if (!OUR_TYPES.contains(errorType) && !isCamundaException(errorType)) {
          found.add("type is not Camunda's or ours (" + errorType + "): " + what);
        }
        error.remove("type");
        if (JAVA_CLASS.matcher(error.toString()).find()) {
          found.add("names a class: " + what);
        }
      } catch (Exception notJson) {
        found.add("not JSON: " + what);
      }
    }
    return found;
  }

  static boolean isCamundaException(String simpleName) {
    for (String prefix : CAMUNDA_EXCEPTION_PACKAGES) {
      try {
        if (Throwable.class.isAssignableFrom(Class.forName(prefix + simpleName))) {
          return true;
        }
      } catch (ClassNotFoundException | LinkageError notThere) {
        // try the next package
      }
    }
    return false;
  }

  Outcome send(Probe probe) throws Exception {
    if (probe.door() == Door.WEBAPP_ENGINE) {
      Browser browser = sessions.computeIfAbsent(probe.user(), user -> Browser.tasklist(port, user));
      HttpResponse<String> response = browser.request(probe.method(), "/camunda/api/engine/engine/default"
          + probe.path(), probe.contentType(), probe.body());
      return new Outcome(probe, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
          response.body());
    }
    String path = probe.door() == Door.ENGINE_REST ? "/engine-rest" + probe.path() : probe.path();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
    if (probe.contentType() != null && !probe.contentType().isEmpty()) {
      request.header("Content-Type", probe.contentType());
    }
    if (probe.accept() != null) {
      request.header("Accept", probe.accept());
    }
    if (probe.user() != null) {
      String password = probe.user();
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (probe.user() + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Outcome(probe, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
        response.body());
  }

  /**
   * Practices at each stage of their publication, driven through the services and the engine's API as their users
   * would (quicker than through HTTP; the sweep is what goes through HTTP).
   */
  HostileCorpus.Fixtures fixtures() throws Exception {
    long base = submitted("Обход: основная практика");
    CurrentUser author = workflows.user("official28");
    long documentId = documents.list(author, base).get(0).id();
    // an incomplete draft of another region: a start form naming it is refused whoever sends it
    PassportData titleOnly = json.readValue(Passports.draft("72", "Обход: черновик Тюмени"), PassportData.class);
    long foreignDraft = workflows.as("official72", () -> practices.create(workflows.user("official72"), titleOnly)
        .id());
    Map<String, EngineTask> tasks = new LinkedHashMap<>();

    tasks.put("check", new EngineTask(task(base, TASK_PRELIMINARY_CHECK).getId(), "moderator1", List.of(
        Map.of("checkDecision", CHECK_RETURN), Map.of("checkDecision", "REMOVE"), Map.of("checkDecision", "MAYBE"),
        Map.of("checkDecision", 5L), Map.of(), Map.of("checkDecision", CHECK_RETURN, "checkComment", "x".repeat(2001)),
        Map.of("checkDecision", true), Map.of("checkDecision", ""), Map.of("checkDecision", 3.5))));

    long assign = accepted("Обход: назначение экспертов");
    tasks.put("assign", new EngineTask(task(assign, TASK_ASSIGN_EXPERTS).getId(), "moderator1", List.of(
        assign("expert1"), assign("expert1,expert1,expert1"), assign("expert4,expert1,expert2"),
        assign("nobody,expert1,expert2"), assign("expert1,expert2,expert3,expert5"), assign("1' OR 1=1"),
        assign(""), Map.of("assignmentDecision", "ASSIGN", "expertIds", 123L), assign(" , , "),
        Map.of("expertIds", "expert1,expert2,expert3"), Map.of("assignmentDecision", "REQUEST_EXPERTS"),
        Map.of("assignmentDecision", "RETURN", "assignmentComment", " "),
        Map.of("assignmentDecision", "MAYBE", "expertIds", "expert1,expert2,expert3"),
        Map.of("assignmentDecision", "ASSIGN", "expertIds", "expert1,expert2,expert3",
            "assignmentComment", "x".repeat(2001)))));

    long assess = assigned("Обход: экспертиза");
    Map<String, Object> good = goodScores();
    tasks.put("assess", new EngineTask(assessment(assess, "expert1").getId(), "expert1", List.of(
        with(good, "scoreNovelty", 0L), with(good, "scoreRelevance", 6L), with(good, "scoreCoverage", "abc"),
        with(good, "scoreEfficiency", 3.5), with(good, "scoreReplicability", -1L),
        with(good, "assessmentComment", "мало"), with(good, "assessmentComment", "я".repeat(5000)),
        without(good, "assessmentComment"), without(good, "scoreMeasurableResults"),
        with(good, "scoreSocialSignificance", Long.MAX_VALUE), with(good, "scoreNovelty", true))));

    long confirm = assessed("Обход: подтверждение региона");
    tasks.put("confirm", new EngineTask(task(confirm, TASK_REGIONAL_CONFIRMATION).getId(), "secretary28", List.of(
        Map.of(), Map.of("confirmationDecision", "REFUSE"), Map.of("confirmationDecision", "MAYBE"),
        Map.of("confirmationDecision", 1L),
        Map.of("confirmationDecision", "REFUSE", "confirmationComment", "x".repeat(2001)))));

    long edit = assessed("Обход: копирайтинг");
    workflows.submit("secretary28", task(edit, TASK_REGIONAL_CONFIRMATION), Map.of("confirmationDecision", "CONFIRM"));
    tasks.put("edit", new EngineTask(task(edit, TASK_COPY_EDITING).getId(), "editor", List.of(
        Map.of("editedTitle", ""), Map.of("editedTitle", "x".repeat(301)), Map.of("editedProblem", "x".repeat(10_001)),
        Map.of("editedTitle", " "), Map.of("editedSolution", ""), Map.of("editorNote", "x".repeat(2001)))));

    long revise = submitted("Обход: доработка");
    workflows.submit("moderator1", task(revise, TASK_PRELIMINARY_CHECK),
        Map.of("checkDecision", CHECK_RETURN, "checkComment", "Уточните результаты"));
    tasks.put("revise", new EngineTask(task(revise, TASK_REVISE_PASSPORT).getId(), "official28", List.of(
        Map.of("passportTitle", ""), Map.of("passportProblem", "x".repeat(10_001)), Map.of("revisionNote", ""),
        Map.of("passportTitle", "x".repeat(301)), Map.of("passportCoverage", "x".repeat(2001)))));

    String filter = filterService.createFilterQuery().filterName("Мои задачи").list().get(0).getId();
    ProcessInstance instance = workflows.instance(KEY, base);
    return new HostileCorpus.Fixtures(base, documentId, foreignDraft, tasks, filter, instance.getId(),
        instance.getProcessDefinitionId());
  }

  long submitted(String title) {
    return workflows.as("official28", () -> {
      CurrentUser author = workflows.user("official28");
      long id = practices.create(author, Passports.completeData("28", title)).id();
      documents.upload(author, id, "act.pdf", Passports.PDF);
      publications.submit(author, id, null);
      return id;
    });
  }

  Task task(long practice, String key) {
    return workflows.task(workflows.instance(KEY, practice), key);
  }

  Task assessment(long practice, String expert) {
    return taskService.createTaskQuery().processInstanceBusinessKey(BusinessKeys.practice(practice))
        .taskDefinitionKey(TASK_EXPERT_ASSESSMENT).taskAssignee(expert).singleResult();
  }

  long accepted(String title) {
    long id = submitted(title);
    workflows.submit("moderator1", task(id, TASK_PRELIMINARY_CHECK), Map.of("checkDecision", CHECK_ACCEPT));
    return id;
  }

  long assigned(String title) {
    long id = accepted(title);
    workflows.submit("moderator1", task(id, TASK_ASSIGN_EXPERTS), Map.of("assignmentDecision", "ASSIGN", "expertIds", "expert1,expert2,expert3"));
    return id;
  }

  long assessed(String title) {
    long id = assigned(title);
    for (String expert : List.of("expert1", "expert2", "expert3")) {
      workflows.submit(expert, assessment(id, expert), goodScores());
    }
    return id;
  }

  private static Map<String, Object> goodScores() {
    Map<String, Object> scores = new LinkedHashMap<>();
    for (String field : List.of("scoreNovelty", "scoreRelevance", "scoreEfficiency", "scoreReplicability",
        "scoreSocialSignificance", "scoreCoverage", "scoreMeasurableResults")) {
      scores.put(field, 5L);
    }
    scores.put("assessmentComment", "Практика проработана, эффект подтверждён статистикой региона.");
    return scores;
  }

  private static Map<String, Object> with(Map<String, Object> form, String field, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(form);
    copy.put(field, value);
    return copy;
  }

  private static Map<String, Object> without(Map<String, Object> form, String field) {
    Map<String, Object> copy = new LinkedHashMap<>(form);
    copy.remove(field);
    return copy;
  }

  private static String shorten(String text) {
    if (text == null) {
      return "";
    }
    String visible = text.replace("\u0000", "\\0").replace('\n', ' ');
    return visible.length() > 300 ? visible.substring(0, 300) + "…" : visible;
  }

  static Map<String, Object> assign(String expertIds) {
    return Map.of("assignmentDecision", "ASSIGN", "expertIds", expertIds);
  }
}
