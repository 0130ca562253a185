package ru.smarteka.bench.scenarios;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.smarteka.bench.Bench;
import ru.smarteka.bench.Scenario;
import ru.smarteka.bench.infra.Http;
import ru.smarteka.bench.infra.Report;
import ru.smarteka.bench.infra.Samples;
import ru.smarteka.bench.infra.SmartekaApp;

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
        rows = synthesise(db, practices, requests);
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

  /** Ten years of history, written by SQL; returns the rows per table. */
  public static Map<String, Long> synthesise(Connection db, int practices, int requests) throws Exception {
    String publication = oneValue(db, "select ID_ from ACT_RE_PROCDEF where KEY_ = 'practice-publication' "
        + "order by VERSION_ desc limit 1");
    String replication = oneValue(db, "select ID_ from ACT_RE_PROCDEF where KEY_ = 'practice-replication' "
        + "order by VERSION_ desc limit 1");
    String path = """
        case when b < 12 then array['SUBMITTED','IN_EXPERTISE','AT_REGIONAL_CONFIRMATION','IN_COPY_EDITING','PUBLISHED']
             when b < 20 then array['SUBMITTED','NOT_ELIGIBLE']
             when b < 40 then array['SUBMITTED','REMOVED']
             when b < 60 then array['SUBMITTED','IN_EXPERTISE','REJECTED']
             when b < 70 then array['SUBMITTED','IN_EXPERTISE','AT_REGIONAL_CONFIRMATION','NOT_CONFIRMED']
             when b < 85 then array['SUBMITTED','RETURNED_FOR_REVISION','WITHDRAWN']
             else array['SUBMITTED','IN_EXPERTISE'] end""";
    List<String> statements = new ArrayList<>(List.of(
        // practices, submitted evenly over ten years, their status the last of their path
        """
        insert into practice (version, status, title, category_code, region_code, created_by, created_at, updated_at,
          submitted_at)
        select 0, (%s)[array_length(%s, 1)], 'Синтетическая практика ' || i,
          (select array_agg(code order by sort_order) from practice_category)[1 + i %% 10],
          (select array_agg(code order by code) from region)[1 + (i * 7) %% 89], 'bench', t, t, t
        from (select i, i %% 100 as b,
                timestamp '2016-12-01' + (i * 3650.0 / %d) * interval '1 day' as t
              from generate_series(1, %d) i) g
        """.formatted(path, path, practices, practices),
        """
        insert into practice_status_change (practice_id, status, changed_by, changed_at)
        select p.id, s.status, 'bench',
          p.created_at + (s.k - 1) * interval '4 days' + ((p.id * 37 + s.k * 11) %% 240) * interval '1 hour'
        from (select id, created_at, id %% 100 as b from practice) p
        cross join lateral unnest(%s) with ordinality as s(status, k)
        """.formatted(path),
        // the catalogue indexes published practices (at start, when it is not in step): they have their date
        "update practice set published_at = created_at + interval '20 days' where status = 'PUBLISHED'",
        """
        insert into practice_eligibility_ground (practice_id, condition_code, ground, rating_year)
        select id, 'ASI_PROJECT', 'Проекты АСИ', 2025 from practice where id %% 100 not between 12 and 19
        """,
        """
        insert into expert (user_id, full_name, region_code)
        select 'expert-' || i, 'Эксперт ' || i, (select array_agg(code order by code) from region)[1 + (i * 11) %% 89]
        from generate_series(1, 240) i
        """,
        """
        insert into expert_assignment (practice_id, round, expert_id, status, assigned_by, assigned_at, closed_at,
          task_deleted)
        select p.id, 1, 'expert-' || (1 + (p.id * 3 + j) %% 240),
          case when p.id %% 100 >= 85 then 'ASSIGNED' else 'ASSESSED' end, 'bench',
          p.created_at + interval '4 days', case when p.id %% 100 >= 85 then null else p.created_at + interval '8 days' end,
          false
        from practice p cross join generate_series(0, 2) j
        where p.id %% 100 < 12 or p.id %% 100 between 40 and 69 or p.id %% 100 >= 85
        """,
        """
        insert into expert_assessment (practice_id, round, expert_id, novelty, relevance, efficiency, replicability,
          social_significance, coverage, measurable_results, assessment_comment, assessed_at)
        select a.practice_id, 1, a.expert_id, 1 + a.id %% 5, 1 + (a.id + 1) %% 5, 1 + (a.id + 2) %% 5,
          1 + (a.id + 3) %% 5, 1 + (a.id + 4) %% 5, 1 + a.id %% 5, 1 + (a.id + 1) %% 5, 'Синтетическая оценка',
          a.closed_at
        from expert_assignment a where a.status = 'ASSESSED'
        """,
        // replication requests of published practices, evenly over ten years
        """
        insert into replication_request (version, practice_id, recipient_region, responsible_body, official_id,
          official_position, position_level, organisation, contact_email, declaration_studied, declaration_ready,
          declaration_cooperate, status, created_at, updated_at)
        select 0, pub.ids[1 + i %% array_length(pub.ids, 1)],
          (select array_agg(code order by code) from region)[1 + (i * 13) %% 89], 'Департамент', 'bench-official',
          'Директор', 'HEAD_OF_EXECUTIVE_BODY', 'Департамент', 'bench@smarteka.example', true, true, true,
          (array['REQUESTED','ACCEPTED','MEETING_HELD','ROADMAP_SUBMITTED','IMPLEMENTING','IMPLEMENTING',
            'IMPLEMENTED','EVALUATION_SUBMITTED','EVALUATED','EVALUATED','EVALUATED','EVALUATED','ABANDONED',
            'ABANDONED','REJECTED','EVALUATED','EVALUATED','ABANDONED','IMPLEMENTED','REJECTED'])[1 + i %% 20],
          t, t
        from (select i, timestamp '2016-12-01' + (i * 3650.0 / %d) * interval '1 day' as t
              from generate_series(1, %d) i) g,
             (select array_agg(id order by id) ids from practice where status = 'PUBLISHED') pub
        """.formatted(requests, requests),
        """
        insert into quarterly_report (region_code, report_year, quarter, status, deadline, started_by, started_at,
          consolidated_by, consolidated_at)
        select r.code, y, q, case when (r.code::int + y + q) %% 9 = 0 then 'COLLECTING' else 'CONSOLIDATED' end,
          make_date(y + (q / 4), (q %% 4) * 3 + 1, 15), 'bench', make_date(y + (q / 4), (q %% 4) * 3 + 1, 1),
          'bench', case when (r.code::int + y + q) %% 9 = 0 then null
            else make_date(y + (q / 4), (q %% 4) * 3 + 1, 15) + ((r.code::int + q) %% 5 - 3) * interval '1 day' end
        from region r cross join generate_series(2016, 2025) y cross join generate_series(1, 4) q
        """,
        // an open engine task for every case under way: its execution, task and candidate group
        """
        insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, ACT_ID_,
          IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_,
          SEQUENCE_COUNTER_, PROC_DEF_KEY_)
        select 'bench-p-' || id, 1, 'bench-p-' || id, 'bench-p-' || id, id::text, '%s', 'Task_PreliminaryCheck', true,
          false, true, false, 1, 0, 1, 'practice-publication'
        from practice where status in ('SUBMITTED', 'IN_EXPERTISE', 'RETURNED_FOR_REVISION',
          'AT_REGIONAL_CONFIRMATION', 'IN_COPY_EDITING')
        """.formatted(publication),
        "update practice set publication_instance_id = 'bench-p-' || id where status in ('SUBMITTED', 'IN_EXPERTISE', "
            + "'RETURNED_FOR_REVISION', 'AT_REGIONAL_CONFIRMATION', 'IN_COPY_EDITING')",
        """
        insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, ACT_ID_,
          IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_,
          SEQUENCE_COUNTER_, PROC_DEF_KEY_)
        select 'bench-r-' || id, 1, 'bench-r-' || id, 'bench-r-' || id, id::text, '%s', 'Task_Implement', true,
          false, true, false, 1, 0, 1, 'practice-replication'
        from replication_request where status not in ('EVALUATED', 'ABANDONED', 'REJECTED')
        """.formatted(replication),
        "update replication_request set process_instance_id = 'bench-r-' || id "
            + "where status not in ('EVALUATED', 'ABANDONED', 'REJECTED')",
        """
        insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, PRIORITY_,
          CREATE_TIME_, DUE_DATE_, SUSPENSION_STATE_, TASK_STATE_, ASSIGNEE_)
        select 'task-' || e.ID_, 1, e.ID_, e.ID_, e.PROC_DEF_ID_, 'Синтетическая задача', e.ACT_ID_, 50,
          now() - interval '30 days', now() + ((hashtext(e.ID_) %% 40) - 20) * interval '1 day', 1, 'Created',
          case when hashtext(e.ID_) %% 3 = 0 then 'bench-user' end
        from ACT_RU_EXECUTION e where e.ID_ like 'bench-%%'
        """,
        """
        insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)
        select 'link-' || t.ID_, 1, case when t.PROC_INST_ID_ like 'bench-p-%%' then 'asi-moderators'
            else 'region-' || r.recipient_region || '-officials' end, 'candidate', t.ID_
        from ACT_RU_TASK t left join replication_request r on r.process_instance_id = t.PROC_INST_ID_
        where t.ID_ like 'task-bench-%%'
        """,
        "analyze"));
    try (Statement s = db.createStatement()) {
      for (String sql : statements) {
        // the text blocks not passed through formatted() still have %% for a modulo
        s.execute(sql.replace("%%", "%"));
      }
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : List.of("practice", "practice_status_change", "expert_assignment", "expert_assessment",
        "replication_request", "quarterly_report", "ACT_RU_TASK")) {
      rows.put(table, Long.parseLong(oneValue(db, "select count(*) from " + table)));
    }
    return rows;
  }

  static String oneValue(Connection db, String sql) throws Exception {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      if (!rs.next()) {
        throw new IllegalStateException("no row: " + sql);
      }
      return rs.getString(1);
    }
  }
}
