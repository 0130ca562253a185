package ru.smarteka.bench.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.smarteka.bench.Bench;
import ru.smarteka.bench.Scenario;
import ru.smarteka.bench.infra.BareEngine;
import ru.smarteka.bench.infra.Http;
import ru.smarteka.bench.infra.Load;
import ru.smarteka.bench.infra.Probe;
import ru.smarteka.bench.infra.Report;
import ru.smarteka.bench.infra.Samples;
import ru.smarteka.bench.infra.SmartekaApp;

/**
 * The application's steps against a bare engine's on the same wait states, in the same run, interleaved round by
 * round (application, bare engine, application, ...), with 1 and 4 clients.
 *
 * <p>The application's journey is the publication's start as officials and moderators do it, through the doors they
 * use: the portal's API ({@code /api}) for the official, the engine REST API for the moderator, as Tasklist calls it.
 * Eight steps: create the passport, fill it, upload a document, submit (wait state 1: the preliminary check), open
 * the task, read its form's values (as Tasklist does when it shows the form), claim it, complete it with «accept»
 * (wait state 2: the expert assignment). The bare engine's journey reaches the same two wait states (a model with the
 * same two user tasks for the same group, no listeners) in the five steps a bare engine needs: start, open, form,
 * claim, complete. Throughput is compared on wait states per second
 * (the same wait states); a step's latency and its SQL statements are reported per step of each side.
 */
public final class StepsScenario implements Scenario {

  static final String[] APP_STEPS = {"create", "fill", "upload", "submit", "open", "form", "claim",
      "complete"};
  static final String[] BARE_STEPS = {"start", "open", "form", "claim", "complete"};
  static final int WAIT_STATES_PER_JOURNEY = 2;
  static final List<String> REGIONS = List.of("28", "72", "16", "54");
  static final int MODERATORS = 5;

  /** One measured phase of one side. */
  record Phase(String side, int clients, int journeys, int steps, long wallNanos, Samples latency,
      Probe.Counts counts) {
    double stepsPerSecond() {
      return steps / (wallNanos / 1e9);
    }

    double waitStatesPerSecond() {
      return journeys * WAIT_STATES_PER_JOURNEY / (wallNanos / 1e9);
    }

    double statementsPerStep() {
      return counts.statements() / (double) steps;
    }

    double statementsPerWaitState() {
      return counts.statements() / (double) (journeys * WAIT_STATES_PER_JOURNEY);
    }
  }

  @Override
  public String name() {
    return "steps";
  }

  @Override
  public String description() {
    return "the application's steps vs a bare Camunda engine on the same wait states (1 and 4 clients)";
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public void run(Bench bench) throws Exception {
    int rounds = bench.config().integer("steps.rounds", 5);
    int waitStates = bench.config().integer("steps.waitStates", 400);
    int warmup = bench.config().integer("steps.warmupJourneys", 30);
    List<Integer> clientCounts = bench.config().list("steps.clients", "1,4").stream().map(Integer::parseInt).toList();
    int journeys = Math.max(1, waitStates / WAIT_STATES_PER_JOURNEY);

    try (SmartekaApp app = bench.startApp("steps"); BareEngine bare = BareEngine.start(bench)) {
      AppJourney appJourney = new AppJourney(app);
      BareJourney bareJourney = new BareJourney(bare);
      bench.log("warm-up: " + warmup + " journeys on each side");
      measure(bench, "app", appJourney, app.probe(), 1, warmup, null);
      measure(bench, "bare", bareJourney, bare.probe(), 1, warmup, null);
      long rssAfterWarmup = app.jvm().rssMb();

      List<Phase> phases = new ArrayList<>();
      Map<String, Samples> appStepLatency = new LinkedHashMap<>();
      long appRssMax = rssAfterWarmup;
      for (int round = 1; round <= rounds; round++) {
        for (int clients : clientCounts) {
          int mark = bench.loadMark();
          Phase a = measure(bench, "app", appJourney, app.probe(), clients, journeys,
              clients == 1 ? appStepLatency : null);
          appRssMax = Math.max(appRssMax, app.jvm().rssMb());
          Phase b = measure(bench, "bare", bareJourney, bare.probe(), clients, journeys, null);
          phases.add(a);
          phases.add(b);
          bench.log(String.format("round %d, %d client(s): app %.1f steps/s (%.1f wait states/s), bare %.1f steps/s"
                  + " (%.1f wait states/s); load %s", round, clients, a.stepsPerSecond(), a.waitStatesPerSecond(),
              b.stepsPerSecond(), b.waitStatesPerSecond(), bench.loadSince(mark)));
        }
      }
      report(bench, phases, clientCounts, rounds, journeys, appStepLatency, attribution(bench, appJourney, app));
      bench.report().add(bench.report().table("Application memory (steps scenario)", "what", "RSS MiB")
          .row("after start and warm-up", rssAfterWarmup)
          .row("highest seen under the steps load", appRssMax)
          .note("Resident set size of the application's JVM (" + String.join(" ", bench.config().jvmFlags())
              + "), read from /proc after each phase."));
    }
  }

  private static Phase measure(Bench bench, String side, Journey journey, Probe probe, int clients, int journeys,
      Map<String, Samples> perStep) throws Exception {
    Samples latency = new Samples();
    Probe.Counts before = Load.settle(probe, 500, 60_000);
    long wall = Load.run(clients, journeys, (client, i) -> journey.run(client, Recorder.of(latency, perStep)));
    Probe.Counts after = Load.settle(probe, 500, 120_000);
    return new Phase(side, clients, journeys, journeys * journey.steps(), wall, latency, after.minus(before));
  }

  /**
   * Where the statements go: a few journeys at one client with the counter read around every step, after the
   * step's asynchronous work (mails) has run too.
   */
  private static Map<String, double[]> attribution(Bench bench, AppJourney journey, SmartekaApp app)
      throws Exception {
    int n = bench.config().integer("steps.attributionJourneys", 10);
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (String step : APP_STEPS) {
      sums.put(step, new double[3]);
    }
    Probe probe = app.probe();
    for (int i = 0; i < n; i++) {
      journey.runAttributed(probe, sums);
    }
    sums.values().forEach(v -> {
      for (int k = 0; k < v.length; k++) {
        v[k] /= n;
      }
    });
    return sums;
  }

  private static void report(Bench bench, List<Phase> phases, List<Integer> clientCounts, int rounds, int journeys,
      Map<String, Samples> appStepLatency, Map<String, double[]> attribution) {
    Report.Table t = bench.report().table(
        "Steps: application vs bare engine (" + rounds + " interleaved rounds, " + journeys * WAIT_STATES_PER_JOURNEY
            + " wait states per side and round)",
        "side", "clients", "steps/s", "wait states/s", "step p50 ms", "step p95 ms", "SQL/step", "round trips/step",
        "commits/step", "SQL/wait state");
    Map<Integer, List<Double>> ratio = new LinkedHashMap<>();
    Map<Integer, List<Double>> sqlRatio = new LinkedHashMap<>();
    Map<Integer, List<Double>> sqlStepRatio = new LinkedHashMap<>();
    for (int clients : clientCounts) {
      for (String side : List.of("app", "bare")) {
        List<Phase> ps = phases.stream().filter(p -> p.side.equals(side) && p.clients == clients).toList();
        t.row(side.equals("app") ? "application" : "bare engine", clients,
            Samples.range(ps.stream().map(Phase::stepsPerSecond).toList(), "%.1f"),
            Samples.range(ps.stream().map(Phase::waitStatesPerSecond).toList(), "%.1f"),
            Samples.range(ps.stream().map(p -> p.latency.percentileMs(50)).toList(), "%.1f"),
            Samples.range(ps.stream().map(p -> p.latency.percentileMs(95)).toList(), "%.1f"),
            Samples.range(ps.stream().map(Phase::statementsPerStep).toList(), "%.1f"),
            Samples.range(ps.stream().map(p -> p.counts.roundTrips() / (double) p.steps).toList(), "%.1f"),
            Samples.range(ps.stream().map(p -> p.counts.commits() / (double) p.steps).toList(), "%.2f"),
            Samples.range(ps.stream().map(Phase::statementsPerWaitState).toList(), "%.0f"));
      }
      List<Phase> apps = phases.stream().filter(p -> p.side.equals("app") && p.clients == clients).toList();
      List<Phase> bares = phases.stream().filter(p -> p.side.equals("bare") && p.clients == clients).toList();
      for (int i = 0; i < Math.min(apps.size(), bares.size()); i++) {
        ratio.computeIfAbsent(clients, k -> new ArrayList<>())
            .add(apps.get(i).waitStatesPerSecond() / bares.get(i).waitStatesPerSecond());
        sqlRatio.computeIfAbsent(clients, k -> new ArrayList<>())
            .add(apps.get(i).statementsPerWaitState() / bares.get(i).statementsPerWaitState());
        sqlStepRatio.computeIfAbsent(clients, k -> new ArrayList<>())
            .add(apps.get(i).statementsPerStep() / bares.get(i).statementsPerStep());
      }
    }
    for (int clients : clientCounts) {
      t.row("**ratio app/bare**", clients, "", Samples.range(ratio.get(clients), "%.3f") + "×", "", "",
          Samples.range(sqlStepRatio.get(clients), "%.1f") + "×", "", "",
          Samples.range(sqlRatio.get(clients), "%.1f") + "×");
    }
    t.note("Application journey, 8 steps and 2 wait states: create passport (POST /api/practices), fill it (PUT with"
        + " If-Match), upload a PDF (multipart), submit (→ Task_PreliminaryCheck), open the task (GET /engine-rest/task"
        + " by business key), read its form's values (GET /engine-rest/task/{id}/form-variables, as Tasklist shows the"
        + " form), claim, complete with «accept» (submit-form → Task_AssignExperts). Bare engine journey, 5 steps and"
        + " the same 2 wait states: start, open, form, claim, complete.");
    t.note("Ranges are min–max over the rounds; each round measures both sides back to back. SQL statements are those"
        + " the database ran for the phase (each element of a JDBC batch counts), including the asynchronous work the"
        + " steps caused (mail deliveries), counted by the same JDBC probe in both JVMs.");
    t.note("The ratio row compares the same wait states: wait states per second and SQL statements per wait state;"
        + " SQL/step compares per step of each side (the application's journey has 8 steps, the bare engine's 5).");
    bench.report().add(t);

    Report.Table s = bench.report().table("Application steps one by one (1 client, all rounds)",
        "step", "calls", "p50 ms", "p95 ms", "SQL statements", "round trips", "commits");
    for (String step : APP_STEPS) {
      Samples samples = appStepLatency.get(step);
      double[] a = attribution.get(step);
      s.row(step, samples == null ? 0 : samples.count(), samples == null ? "–" : Samples.fmt(samples.percentileMs(50), "%.1f"),
          samples == null ? "–" : Samples.fmt(samples.percentileMs(95), "%.1f"), Samples.fmt(a[0], "%.0f"),
          Samples.fmt(a[1], "%.0f"), Samples.fmt(a[2], "%.1f"));
    }
    s.note("SQL per step: mean over " + bench.config().integer("steps.attributionJourneys", 10) + " extra journeys,"
        + " the counter read before each step and after the step's asynchronous work (mails) had run.");
    bench.report().add(s);

    for (int clients : clientCounts) {
      List<Phase> apps = phases.stream().filter(p -> p.side.equals("app") && p.clients == clients).toList();
      List<Double> r = ratio.get(clients);
      double worst = r.stream().mapToDouble(Double::doubleValue).min().orElse(0);
      bench.report().goal("steps throughput, " + clients + " client(s), app/bare on the same wait states", "≥ 1.0×",
          Samples.range(r, "%.3f") + "×", worst >= 1.0);
      if (clients == 1) {
        List<Double> p95 = apps.stream().map(p -> p.latency.percentileMs(95)).toList();
        bench.report().goal("step p95 at 1 client", "≤ 50 ms", Samples.range(p95, "%.0f") + " ms",
            p95.stream().allMatch(v -> v <= 50));
      }
    }
    List<Double> allSql = new ArrayList<>();
    sqlRatio.values().forEach(allSql::addAll);
    bench.report().goal("SQL statements per wait state, app/bare", "≤ 2×", Samples.range(allSql, "%.1f") + "×",
        allSql.stream().allMatch(v -> v <= 2.0));
  }

  /** One journey of one side. */
  interface Journey {
    int steps();

    void run(int client, Recorder rec) throws Exception;
  }

  /** Told of every step when it has been answered. */
  @FunctionalInterface
  interface Recorder {
    void record(String step, long nanos);

    /** Latencies of all steps, and of each kind of step when {@code perStep} is given. */
    static Recorder of(Samples all, Map<String, Samples> perStep) {
      return (step, nanos) -> {
        all.add(nanos);
        if (perStep != null) {
          perStep.computeIfAbsent(step, k -> new Samples()).add(nanos);
        }
      };
    }
  }

  static <T> T step(String name, Recorder rec, java.util.function.Supplier<T> call) {
    long start = System.nanoTime();
    T result = call.get();
    rec.record(name, System.nanoTime() - start);
    return result;
  }

  /** The publication's start through the application's doors. */
  static final class AppJourney implements Journey {
    private final List<Http> officials = new ArrayList<>();
    private final List<Http> moderators = new ArrayList<>();
    private final List<String> moderatorIds = new ArrayList<>();
    private final List<String> regions = new ArrayList<>();
    private final byte[] pdf = pdf();

    AppJourney(SmartekaApp app) {
      List<String> all = app.regionCodes();
      app.importRatingsForAllRegions(all, 2025);
      for (int i = 0; i < REGIONS.size(); i++) {
        String region = REGIONS.get(i);
        String id = "official" + region;
        app.createUser(id, "Должностное", "Лицо " + region, "region-" + region + "-officials");
        officials.add(app.as(id));
        regions.add(region);
      }
      for (int i = 1; i <= MODERATORS; i++) {
        String id = "moderator" + i;
        app.createUser(id, "Модератор", "АСИ " + i, "asi-moderators");
        moderators.add(app.as(id));
        moderatorIds.add(id);
      }
    }

    @Override
    public int steps() {
      return APP_STEPS.length;
    }

    @Override
    public void run(int client, Recorder rec) {
      Http official = officials.get(client % officials.size());
      String region = regions.get(client % regions.size());
      int m = client % moderators.size();
      Http moderator = moderators.get(m);
      Http.Response created = step("create", rec, () -> official.postJson("/api/practices",
          Map.of("title", "Практика " + UUID.randomUUID(), "regionCode", region), 201));
      long id = created.json().get("id").asLong();
      Http.Response filled = step("fill", rec, () -> official.putJson("/api/practices/" + id,
          passport(created.json().get("title").asText(), region), created.header("ETag"), 200));
      step("upload", rec, () -> official.upload("/api/practices/" + id + "/documents", "file",
          "postanovlenie.pdf", "application/pdf", pdf, 201));
      step("submit", rec, () -> official.postJson("/api/practices/" + id + "/submit", "", 200));
      String task = step("open", rec, () -> single(moderator.get(
          "/engine-rest/task?processInstanceBusinessKey=practice-" + id + "&taskDefinitionKey=Task_PreliminaryCheck")));
      step("form", rec, () -> moderator.get("/engine-rest/task/" + task + "/form-variables"));
      step("claim", rec, () -> moderator.postJson("/engine-rest/task/" + task + "/claim",
          Map.of("userId", moderatorIds.get(m)), 204));
      step("complete", rec, () -> moderator.postJson("/engine-rest/task/" + task + "/submit-form",
          Map.of("variables", Map.of("checkDecision", Map.of("value", "ACCEPT", "type", "String"))), 204));
      if (filled.status() != 200) {
        throw new IllegalStateException("fill");
      }
    }

    /** The same journey at one client, the statement counter read around each step once its async work has run. */
    void runAttributed(Probe probe, Map<String, double[]> sums) {
      Probe.Counts[] before = {Load.settle(probe, 500, 60_000)};
      run(0, (step, nanos) -> {
        Probe.Counts after = Load.settle(probe, 500, 60_000);
        Probe.Counts d = after.minus(before[0]);
        double[] sum = sums.get(step);
        sum[0] += d.statements();
        sum[1] += d.roundTrips();
        sum[2] += d.commits();
        before[0] = after;
      });
    }

    static String passportText(String what) {
      return what + ": " + "Описание для бенчмарка, в объёме обычного паспорта практики. ".repeat(8);
    }

    static Map<String, Object> passport(String title, String region) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("title", title);
      p.put("regionCode", region);
      p.put("categoryCode", "HEALTHCARE");
      p.put("levelCode", "MANAGEMENT_TOOL");
      p.put("organisation", "Министерство здравоохранения региона " + region);
      p.put("contactEmail", "minzdrav" + region + "@smarteka.example");
      p.put("contactPhone", "+7 (4162) 20-00-00");
      p.put("problem", passportText("Проблема"));
      p.put("solution", passportText("Решение"));
      p.put("resources", passportText("Ресурсы"));
      p.put("results", passportText("Результаты"));
      p.put("effect", passportText("Эффект"));
      p.put("targetAudience", "Жители региона");
      p.put("coverage", "120 000 человек");
      p.put("authorTeam", List.of(Map.of("fullName", "Иванов Андрей Петрович", "jobTitle", "Министр",
          "email", "ivanov@smarteka.example", "phone", "+7 (4162) 20-00-01")));
      p.put("algorithm", List.of("Создать рабочую группу", "Утвердить регламент", "Запустить выездные бригады"));
      return p;
    }

    static byte[] pdf() {
      StringBuilder b = new StringBuilder("%PDF-1.4\n");
      while (b.length() < 20_000) {
        b.append("% постановление правительства региона о внедрении практики\n");
      }
      return b.append("%%EOF\n").toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The same wait states on the bare engine. */
  static final class BareJourney implements Journey {
    private final List<Http> officials = new ArrayList<>();
    private final List<Http> moderators = new ArrayList<>();
    private final List<String> moderatorIds = new ArrayList<>();

    BareJourney(BareEngine bare) {
      bare.createGroup("asi-moderators", "Модераторы АСИ");
      bare.grant("asi-moderators", 0, "tasklist", "ACCESS");
      bare.grant("asi-moderators", 6, "*", "READ", "READ_INSTANCE", "READ_TASK");
      for (String region : REGIONS) {
        String group = "region-" + region + "-officials";
        bare.createGroup(group, "Должностные лица " + region);
        bare.grant(group, 0, "tasklist", "ACCESS");
        bare.grant(group, 6, "*", "READ");
        bare.grant(group, 8, "*", "CREATE");
        bare.grant(group, 6, "bare-journey", "READ", "CREATE_INSTANCE");
        String id = "official" + region;
        bare.createUser(id, "Должностное", "Лицо " + region, group);
        officials.add(bare.as(id));
      }
      for (int i = 1; i <= MODERATORS; i++) {
        String id = "moderator" + i;
        bare.createUser(id, "Модератор", "АСИ " + i, "asi-moderators");
        moderators.add(bare.as(id));
        moderatorIds.add(id);
      }
    }

    @Override
    public int steps() {
      return BARE_STEPS.length;
    }

    @Override
    public void run(int client, Recorder rec) {
      Http official = officials.get(client % officials.size());
      int m = client % moderators.size();
      Http moderator = moderators.get(m);
      long practiceId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
      String instance = step("start", rec, () -> official.postJson(
          "/engine-rest/process-definition/key/bare-journey/start",
          Map.of("businessKey", String.valueOf(practiceId),
              "variables", Map.of("practiceId", Map.of("value", practiceId, "type", "Long"))), 200))
          .json().get("id").asText();
      String task = step("open", rec, () -> single(moderator.get(
          "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=Task_PreliminaryCheck")));
      step("form", rec, () -> moderator.get("/engine-rest/task/" + task + "/form-variables"));
      step("claim", rec, () -> moderator.postJson("/engine-rest/task/" + task + "/claim",
          Map.of("userId", moderatorIds.get(m)), 204));
      step("complete", rec, () -> moderator.postJson("/engine-rest/task/" + task + "/submit-form",
          Map.of("variables", Map.of("checkDecision", Map.of("value", "ACCEPT", "type", "String"))), 204));
    }
  }

  static String single(Http.Response tasks) {
    JsonNode list = tasks.json();
    if (!list.isArray() || list.size() != 1) {
      throw new IllegalStateException("expected one task, got " + tasks.body());
    }
    return list.get(0).get("id").asText();
  }
}
