package ru.smarteka.bench.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import ru.smarteka.bench.Bench;
import ru.smarteka.bench.Scenario;
import ru.smarteka.bench.infra.Http;
import ru.smarteka.bench.infra.Load;
import ru.smarteka.bench.infra.Probe;
import ru.smarteka.bench.infra.Report;
import ru.smarteka.bench.infra.Samples;
import ru.smarteka.bench.infra.SmartekaApp;

/**
 * Tasklist at scale, authorization on: open tasks created by the real processes through the application's doors,
 * then a moderator's and a regional secretary's group filter, its page of 15 and of 50 and its count, as Tasklist
 * asks for them.
 *
 * <p>Seeding, in this order so that nobody is mailed about tasks while they are seeded (the users who read the
 * filters join their groups afterwards; the mail storm is a scenario of its own):
 * <ol>
 *   <li>regional officials' tasks: quarterly reports of past quarters started by an administrator
 *       ({@code POST /api/reports/quarterly}), one task per responsible body (Amur's 18 bodies of decree
 *       494, and their departments when the quarters since 2019 cannot hold the tasks otherwise), newest quarters
 *       first, all 89 regions;</li>
 *   <li>ASI moderators' tasks: practices created, filled, documented and submitted by their regions' officials
 *       through {@code /api} (each waits at its preliminary check for {@code asi-moderators});</li>
 *   <li>regional secretaries' tasks: a share of those submitted practices moved on by the administrator to the
 *       regional confirmation (process instance modification through {@code /engine-rest}: the model's own
 *       {@code Task_RegionalConfirmation} for {@code region-<code>-secretaries} of the practice's region, created
 *       with its listeners as at the end of the expertise).</li>
 * </ol>
 */
public final class TasklistScenario implements Scenario {

  @Override
  public String name() {
    return "tasklist";
  }

  @Override
  public String description() {
    return "Tasklist filters (page of 15 and 50, count) over many open tasks, as a moderator and a secretary";
  }

  @Override
  public int order() {
    return 20;
  }

  /** The earliest year a quarterly report may be started for ({@code POST /api/reports/quarterly}). */
  private static final int FIRST_REPORT_YEAR = 2019;

  @Override
  public void run(Bench bench) throws Exception {
    int total = bench.config().integer("tasklist.tasks", 100_000);
    double moderatorShare = Double.parseDouble(bench.config().text("tasklist.moderatorShare", "0.15"));
    double secretaryShare = Double.parseDouble(bench.config().text("tasklist.secretaryShare", "0.05"));
    int calls = bench.config().integer("tasklist.calls", 60);
    int clients = bench.config().integer("tasklist.seedClients", 4);
    int practices = (int) Math.round(total * (moderatorShare + secretaryShare));
    int toSecretaries = (int) Math.round(total * secretaryShare);
    int bodyTasks = total - practices;

    try (SmartekaApp app = bench.startApp("tasklist")) {
      List<String> regions = app.regionCodes();
      app.importRatingsForAllRegions(regions, 2025);
      Http admin = app.admin();

      // 1. regional officials: quarterly reports of past quarters, newest first; reports exist from 2019 on (the
      // API refuses earlier years), so beyond the 18 bodies of a region that many quarters can hold, each region
      // gets departments as bodies of their own
      List<int[]> periods = new ArrayList<>();
      LocalDate quarter = LocalDate.now().withDayOfMonth(1).minusMonths((LocalDate.now().getMonthValue() - 1) % 3);
      while (quarter.minusMonths(3).getYear() >= FIRST_REPORT_YEAR) {
        quarter = quarter.minusMonths(3);
        periods.add(new int[] {quarter.getYear(), (quarter.getMonthValue() - 1) / 3 + 1});
      }
      int bodies = Math.max(SmartekaApp.BODIES.size(),
          (int) Math.ceil((double) bodyTasks / ((long) periods.size() * regions.size())));
      app.importBodies(regions, bodies);
      int reports = (bodyTasks + bodies - 1) / bodies;
      long seedStart = System.nanoTime();
      AtomicInteger done = new AtomicInteger();
      long reportsNanos = Load.run(clients, reports, (client, i) -> {
        int n = done.getAndIncrement();
        int[] period = periods.get(n / regions.size());
        admin.postJson("/api/reports/quarterly", Map.of("region", regions.get(n % regions.size()),
            "year", period[0], "quarter", period[1]), 201);
        if (n % 500 == 0) {
          bench.log("seeding: " + n + " of " + reports + " quarterly reports");
        }
      });
      bench.log(String.format("seeding: %d quarterly reports (%d tasks) in %.0f s", reports, reports * bodies,
          reportsNanos / 1e9));

      // 2. ASI moderators: submitted practices of every region
      List<Http> authors = new ArrayList<>();
      for (String region : regions) {
        app.createUser("author" + region, "Автор", "Региона " + region, "region-" + region + "-officials");
        authors.add(app.as("author" + region));
      }
      byte[] pdf = StepsScenario.AppJourney.pdf();
      List<String> submitted = java.util.Collections.synchronizedList(new ArrayList<>());
      AtomicInteger practiceNo = new AtomicInteger();
      long practicesNanos = Load.run(clients, practices, (client, i) -> {
        int n = practiceNo.getAndIncrement();
        String region = regions.get(n % regions.size());
        Http author = authors.get(n % regions.size());
        String title = "Практика " + UUID.randomUUID();
        Http.Response created = author.postJson("/api/practices", Map.of("title", title, "regionCode", region), 201);
        long id = created.json().get("id").asLong();
        author.putJson("/api/practices/" + id, StepsScenario.AppJourney.passport(title, region),
            created.header("ETag"), 200);
        author.upload("/api/practices/" + id + "/documents", "file", "postanovlenie.pdf", "application/pdf", pdf,
            201);
        author.postJson("/api/practices/" + id + "/submit", "", 200);
        submitted.add(String.valueOf(id));
        if (n % 500 == 0) {
          bench.log("seeding: " + n + " of " + practices + " practices submitted");
        }
      });
      bench.log(String.format("seeding: %d practices submitted in %.0f s", practices, practicesNanos / 1e9));

      // 3. regional secretaries: some of them moved on to the regional confirmation by the administrator
      AtomicInteger moved = new AtomicInteger();
      long moveNanos = Load.run(clients, toSecretaries, (client, i) -> {
        String practiceId = submitted.get(moved.getAndIncrement());
        JsonNode task = admin.get("/engine-rest/task?processInstanceBusinessKey=practice-" + practiceId
            + "&taskDefinitionKey=Task_PreliminaryCheck").json().get(0);
        String instance = task.get("processInstanceId").asText();
        admin.postJson("/engine-rest/process-instance/" + instance + "/modification", Map.of(
            "skipCustomListeners", false, "skipIoMappings", false, "annotation", "benchmark seeding",
            "instructions", List.of(
                Map.of("type", "cancel", "activityId", "Task_PreliminaryCheck"),
                Map.of("type", "startBeforeActivity", "activityId", "Task_RegionalConfirmation"))), 204);
      });
      bench.log(String.format("seeding: %d practices moved to the regional confirmation in %.0f s", toSecretaries,
          moveNanos / 1e9));
      double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
      app.awaitJobsDone(java.time.Duration.ofMinutes(10));

      // the readers join their groups now; their filters as the demo profile has them
      app.createUser("moderator1", "Ирина", "Соколова", "asi-moderators");
      app.createUser("secretary28", "Татьяна", "Смирнова", "region-28-secretaries");
      String moderatorFilter = app.createGroupFilter("asi-moderators", "Модераторы АСИ");
      String secretaryFilter = app.createGroupFilter("region-28-secretaries",
          "Амурская область: секретари региональной комиссии");
      long open = admin.get("/engine-rest/task/count").json().get("count").asLong();

      Report.Table t = bench.report().table(String.format(
              "Tasklist filters at %,d open tasks (authorization on, %d calls each)", open, calls),
          "user", "filter's tasks", "call", "p50 ms", "p95 ms", "max ms", "SQL/call");
      List<String[]> readers = List.of(new String[] {"moderator1", moderatorFilter, "ASI moderator"},
          new String[] {"secretary28", secretaryFilter, "regional secretary (28)"});
      List<Double> pageP95 = new ArrayList<>();
      List<Double> countP95 = new ArrayList<>();
      for (String[] reader : readers) {
        Http user = app.as(reader[0]);
        String filter = "/engine-rest/filter/" + reader[1];
        long count = user.get(filter + "/count").json().get("count").asLong();
        for (String[] call : List.of(new String[] {"page of 15", "/list?firstResult=0&maxResults=15"},
            new String[] {"page of 50", "/list?firstResult=0&maxResults=50"},
            new String[] {"count", "/count"})) {
          for (int i = 0; i < 5; i++) {
            user.get(filter + call[1]);
          }
          Samples samples = new Samples();
          Probe.Counts before = Load.settle(app.probe(), 300, 10_000);
          for (int i = 0; i < calls; i++) {
            samples.time(() -> user.get(filter + call[1]));
          }
          Probe.Counts used = Load.settle(app.probe(), 300, 10_000).minus(before);
          t.row(reader[2], count, call[0], Samples.fmt(samples.percentileMs(50), "%.1f"),
              Samples.fmt(samples.percentileMs(95), "%.1f"), Samples.fmt(samples.percentileMs(100), "%.1f"),
              Samples.fmt(used.statements() / (double) calls, "%.1f"));
          (call[0].equals("count") ? countP95 : pageP95).add(samples.percentileMs(95));
        }
      }
      t.note(String.format("Open tasks seeded through the processes: %,d regional officials' quarterly-report tasks"
              + " (%d reports × %d bodies), %,d preliminary checks for asi-moderators, %,d regional confirmations for"
              + " the secretaries of 89 regions; seeding took %.0f s (%.0f tasks/s, %d clients).",
          reports * bodies, reports, bodies, practices - toSecretaries, toSecretaries, seedSeconds,
          open / seedSeconds, clients));
      t.note("Calls as Tasklist makes them for a saved filter (GET /engine-rest/filter/{id}/list and /count, the"
          + " filter: candidate group, assigned tasks included, newest first), as the user, HTTP Basic.");
      bench.report().add(t);
      bench.report().goal("Tasklist page p95 at " + String.format("%,d", open) + " open tasks", "≤ 50 ms",
          Samples.range(pageP95, "%.0f") + " ms", pageP95.stream().allMatch(v -> v <= 50));
      bench.report().goal("Tasklist count p95 at " + String.format("%,d", open) + " open tasks", "≤ 100 ms",
          Samples.range(countP95, "%.0f") + " ms", countP95.stream().allMatch(v -> v <= 100));
    }
  }
}
