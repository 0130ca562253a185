package ru.smarteka.bench.scenarios;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.smarteka.bench.Bench;
import ru.smarteka.bench.Scenario;
import ru.smarteka.bench.infra.Http;
import ru.smarteka.bench.infra.Report;
import ru.smarteka.bench.infra.Samples;
import ru.smarteka.bench.infra.SmartekaApp;
import ru.smarteka.bench.infra.SyntheticHistory;

/**
 * The analytics dashboard's queries (issue 16, «Performance») on ten years of synthetic history at twice today's
 * volumes: 12,000 practices with their status histories, eligibility grounds, expert assignments and assessments;
 * 25,000 replication requests; 89 regions' quarterly reports of 40 quarters; an open engine task (with its candidate
 * group, some overdue) for every case still under way. The history is written straight into the throw-away database
 * by SQL (the figures read only these tables, and going through the processes would take hours); the figures are
 * then read as an auditor reads them, {@code GET /api/analytics/{figure}}, unfiltered and with each filter, and their
 * p50/p95/max printed. Goal: the slowest figure's p95 ≤ 500 ms.
 */
public final class AnalyticsScenario implements Scenario {

  static final List<String> FIGURES = List.of("funnel", "stages", "stage-trend", "overdue-tasks", "experts",
      "replications", "replications-by-region", "quarterly-reports");

  @Override
  public String name() {
    return "analytics";
  }

  @Override
  public String description() {
    return "the analytics dashboard's figures on ten years of synthetic history (12,000 practices, 25,000 requests)";
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public void run(Bench bench) throws Exception {
    int practices = bench.config().integer("analytics.practices", 12000);
    int requests = bench.config().integer("analytics.requests", 25000);
    int calls = bench.config().integer("analytics.calls", 20);
    try (SmartekaApp app = bench.startApp("analytics")) {
      app.createUser("bench-auditor", "Сергей", "Морозов", "auditors");
      long written = System.nanoTime();
      Map<String, Long> rows;
      try (Connection db = bench.postgres().connect(app.database())) {
        rows = SyntheticHistory.cases(db, practices, requests);
      }
      bench.log("analytics: synthetic history written in " + (System.nanoTime() - written) / 1_000_000 + " ms: "
          + rows);
      Http auditor = app.as("bench-auditor");
      Map<String, String> filters = new LinkedHashMap<>();
      filters.put("без фильтра", "");
      filters.put("период: 2025 год", "from=2025-01-01&to=2025-12-31");
      filters.put("регион 28", "region=28");
      filters.put("округ и категория", "district=" + URLEncoder.encode("Дальневосточный", StandardCharsets.UTF_8)
          + "&category=HEALTHCARE");
      Report.Table table = bench.report().table("Analytics figures (" + practices + " practices, " + requests
          + " replication requests, " + calls + " calls per figure and filter)", "figure", "filter", "p50 ms",
          "p95 ms", "max ms");
      double slowest = 0;
      String slowestFigure = "";
      for (String figure : FIGURES) {
        for (Map.Entry<String, String> filter : filters.entrySet()) {
          String path = "/api/analytics/" + figure + (filter.getValue().isEmpty() ? "" : "?" + filter.getValue());
          for (int i = 0; i < 3; i++) {
            auditor.get(path, 200);
          }
          Samples samples = new Samples();
          for (int i = 0; i < calls; i++) {
            samples.time(() -> auditor.get(path, 200));
          }
          double p95 = samples.percentileMs(95);
          table.row(figure, filter.getKey(), Samples.fmt(samples.percentileMs(50), "%.1f"), Samples.fmt(p95, "%.1f"),
              Samples.fmt(samples.percentileMs(100), "%.1f"));
          if (p95 > slowest) {
            slowest = p95;
            slowestFigure = figure + " (" + filter.getKey() + ")";
          }
        }
      }
      table.note("rows written: " + rows);
      table.note("sequential calls by one auditor over HTTP (JSON), after 3 warm-up calls each; " + bench.loadSince(0));
      bench.report().add(table);
      bench.report().goal("analytics: slowest figure p95 (" + slowestFigure + ")", "≤ 500 ms",
          Samples.fmt(slowest, "%.1f") + " ms", slowest <= 500);
    }
  }
}
