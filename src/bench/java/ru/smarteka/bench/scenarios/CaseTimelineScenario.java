package ru.smarteka.bench.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ru.smarteka.bench.Bench;
import ru.smarteka.bench.Scenario;
import ru.smarteka.bench.infra.Http;
import ru.smarteka.bench.infra.Load;
import ru.smarteka.bench.infra.Probe;
import ru.smarteka.bench.infra.Report;
import ru.smarteka.bench.infra.Samples;
import ru.smarteka.bench.infra.SmartekaApp;
import ru.smarteka.bench.infra.SyntheticHistory;

/**
 * The case timeline of the Cockpit plugin smarteka-case-history (issue 16, «Performance») on ten years of synthetic
 * history at twice today's volumes: the analytics scenario's cases ({@link SyntheticHistory#cases}) and what the
 * engine would have recorded of them ({@link SyntheticHistory#engineHistory}: instances, tasks with their claims and
 * completions, decisions with inputs and outputs). An auditor logged into Cockpit opens the timelines of random
 * practices and replication requests, {@code GET /camunda/api/cockpit/plugin/smarteka-case-history/default/cases/
 * {kind}/{id}}, one after another; p50/p95/max and the SQL statements per timeline are printed. Goal: p95 ≤ 200 ms.
 */
public final class CaseTimelineScenario implements Scenario {

  static final String TIMELINE = "/camunda/api/cockpit/plugin/smarteka-case-history/default/cases/";

  @Override
  public String name() {
    return "timeline";
  }

  @Override
  public String description() {
    return "the case timeline in Cockpit on ten years of synthetic history (12,000 practices, 25,000 requests)";
  }

  @Override
  public int order() {
    return 65;
  }

  @Override
  public void run(Bench bench) throws Exception {
    int practices = bench.config().integer("timeline.practices", 12000);
    int requests = bench.config().integer("timeline.requests", 25000);
    int calls = bench.config().integer("timeline.calls", 100);
    int warmup = bench.config().integer("timeline.warmup", 20);
    try (SmartekaApp app = bench.startApp("timeline")) {
      app.createUser("bench-auditor", "Сергей", "Морозов", "auditors");
      long written = System.nanoTime();
      Map<String, Long> rows = new LinkedHashMap<>();
      List<Long> practiceIds;
      List<Long> requestIds;
      try (Connection db = bench.postgres().connect(app.database())) {
        rows.putAll(SyntheticHistory.cases(db, practices, requests));
        rows.putAll(SyntheticHistory.engineHistory(db));
        practiceIds = ids(db, "select id from practice order by id");
        requestIds = ids(db, "select id from replication_request order by id");
      }
      bench.log("timeline: synthetic history written in " + (System.nanoTime() - written) / 1_000_000 + " ms: "
          + rows);

      Http cockpit = cockpitSession(app, "bench-auditor");
      Random random = new Random(16);
      List<String> cases = new ArrayList<>();
      for (int i = 0; i < warmup + calls; i++) {
        cases.add(i % 2 == 0 ? "practice/" + practiceIds.get(random.nextInt(practiceIds.size()))
            : "replication/" + requestIds.get(random.nextInt(requestIds.size())));
      }
      for (String path : cases.subList(0, warmup)) {
        cockpit.get(TIMELINE + path, 200);
      }
      Map<String, Samples> byKind = new LinkedHashMap<>();
      byKind.put("practice", new Samples());
      byKind.put("replication", new Samples());
      Samples all = new Samples();
      int load = bench.loadMark();
      Probe.Counts before = Load.settle(app.probe(), 300, 10_000);
      long entries = 0;
      long tasks = 0;
      long decisions = 0;
      for (String path : cases.subList(warmup, cases.size())) {
        long start = System.nanoTime();
        Http.Response timeline = cockpit.get(TIMELINE + path, 200);
        long took = System.nanoTime() - start;
        all.add(took);
        byKind.get(path.substring(0, path.indexOf('/'))).add(took);
        if (timeline.body().contains("не прочитано")) {
          throw new IllegalStateException("a value of " + path + " was not read: " + timeline.body());
        }
        JsonNode json = timeline.json();
        entries += json.get("entries").size();
        tasks += json.get("tasks").size();
        decisions += json.get("decisions").size();
      }
      Probe.Counts used = Load.settle(app.probe(), 300, 10_000).minus(before);

      Report.Table table = bench.report().table("Case timeline in Cockpit (" + practices + " practices, " + requests
          + " replication requests with their engine history, " + calls + " random cases)", "cases", "calls",
          "p50 ms", "p95 ms", "max ms");
      for (Map.Entry<String, Samples> kind : byKind.entrySet()) {
        table.row(kind.getKey(), kind.getValue().count(), Samples.fmt(kind.getValue().percentileMs(50), "%.1f"),
            Samples.fmt(kind.getValue().percentileMs(95), "%.1f"), Samples.fmt(kind.getValue().percentileMs(100),
                "%.1f"));
      }
      table.row("all", all.count(), Samples.fmt(all.percentileMs(50), "%.1f"), Samples.fmt(all.percentileMs(95),
          "%.1f"), Samples.fmt(all.percentileMs(100), "%.1f"));
      table.note(String.format("a timeline had on average %.1f entries, %.1f tasks, %.1f decisions; %.1f SQL "
              + "statements per timeline", entries / (double) calls, tasks / (double) calls,
          decisions / (double) calls, used.statements() / (double) calls));
      table.note("rows written: " + rows);
      table.note("one auditor's Cockpit session, sequential calls after " + warmup + " warm-up calls; load "
          + bench.loadSince(load));
      bench.report().add(table);
      double p95 = all.percentileMs(95);
      bench.report().goal("case timeline p95", "≤ 200 ms", Samples.fmt(p95, "%.1f") + " ms", p95 <= 200);
    }
  }

  /** A Cockpit session of the user, logged in as a browser does (the webapps' CSRF cookie and header). */
  static Http cockpitSession(SmartekaApp app, String user) {
    Http browser = Http.to(app.http().baseUrl()).withCookies();
    browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.http().baseUrl()
        + "/camunda/app/cockpit/default/")).GET().build());
    browser.postForm("/camunda/api/admin/auth/user/default/login/cockpit",
        "username=" + user + "&password=" + SmartekaApp.password(user), 200);
    return browser;
  }

  static List<Long> ids(Connection db, String sql) throws Exception {
    List<Long> ids = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }
}
