package ru.smarteka.bench.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The public catalogue (issue 15, «Benchmarks») with 12,000 synthetic published practices (ten times today's
 * catalogue) on PostgreSQL. The practices are written by SQL into the practice module's tables (passport texts in
 * Russian built from phrases in several grammatical forms, author, steps, QoL directions and investment factors of
 * their category, catalogue sections, replication counts, some approved for mass replication); then an administrator
 * rebuilds the catalogue through {@code POST /api/admin/catalogue/reindex} and the scenario times it to {@code DONE}
 * (read model and Lucene index of the whole set). Then anonymous clients search as the portal does, {@code GET
 * /api/catalogue?q=<two Russian words>&category=…&district=…} (facet counts of every filter come with each answer):
 * one client for latency (p50/p95, SQL statements per search), 20 concurrent clients for throughput; and what one edit
 * costs: an editor's new edition of a published practice's description (a row of {@code practice_edition}, as copy
 * editing writes it) brought into the catalogue by the administrator's one-practice reindex, the refresh every
 * publication, validated replication and federal approval runs in its own transaction: its latency, its SQL
 * statements, and the time until a search finds the edition's new word.
 *
 * <p>All clients call from one address, and the catalogue allows 120 requests a minute per address: the application
 * of this run is started with {@code SMARTEKA_CATALOGUE_RATE_LIMIT_REQUESTS_PER_MINUTE} (the documented setting
 * {@code smarteka.catalogue.rate-limit.requests-per-minute}) set to {@code -Dbench.catalogue.rateLimit} (a million by
 * default); the production default stays 120. Goal: search p95 ≤ 50 ms.
 */
public final class CatalogueScenario implements Scenario {

  /** Two-word queries in other grammatical forms than the texts', each with two filters. */
  static final List<String[]> QUERIES = List.of(
      new String[] {"цифровой платформы", "category=GOVERNANCE&district=" + enc("Центральный")},
      new String[] {"школьных библиотек", "category=EDUCATION&district=" + enc("Приволжский")},
      new String[] {"выездных бригад", "category=HEALTHCARE&level=SYSTEMIC_PRACTICE"},
      new String[] {"поддержки предпринимателей", "category=ENTREPRENEURSHIP&district=" + enc("Сибирский")},
      new String[] {"туристических маршрутов", "category=TOURISM&level=MANAGEMENT_TOOL"},
      new String[] {"семьи детьми", "category=SOCIAL_SUPPORT&district=" + enc("Северо-Западный")},
      new String[] {"экологической тропы", "category=ECOLOGY&section=QUALITY_OF_LIFE"},
      new String[] {"кадрового резерва", "category=HUMAN_RESOURCES&approved=false"});

  @Override
  public String name() {
    return "catalogue";
  }

  @Override
  public String description() {
    return "the public catalogue's search with 12,000 published practices: indexing, latency, 20 clients, one edit";
  }

  @Override
  public int order() {
    return 70;
  }

  @Override
  public void run(Bench bench) throws Exception {
    int practices = bench.config().integer("catalogue.practices", 12000);
    int searches = bench.config().integer("catalogue.searches", 1000);
    int warmup = bench.config().integer("catalogue.warmup", 200);
    int clients = bench.config().integer("catalogue.clients", 20);
    int loadCalls = bench.config().integer("catalogue.loadCalls", 4000);
    int edits = bench.config().integer("catalogue.edits", 20);
    String rateLimit = bench.config().text("catalogue.rateLimit", "1000000");
    try (SmartekaApp app = bench.startApp("catalogue",
        Map.of("SMARTEKA_CATALOGUE_RATE_LIMIT_REQUESTS_PER_MINUTE", rateLimit))) {
      long writing = System.nanoTime();
      Map<String, Long> rows;
      try (Connection db = bench.postgres().connect(app.database())) {
        rows = publishedPractices(db, practices);
      }
      long writtenMs = (System.nanoTime() - writing) / 1_000_000;
      bench.log("catalogue: " + practices + " published practices written in " + writtenMs + " ms: " + rows);

      // the administrator's full rebuild, timed to DONE
      int indexLoad = bench.loadMark();
      Probe.Counts beforeIndex = app.probe().read();
      long indexing = System.nanoTime();
      app.admin().postJson("/api/admin/catalogue/reindex", "", 202);
      JsonNode progress;
      do {
        Thread.sleep(200);
        progress = app.admin().get("/api/admin/catalogue/reindex").json();
      } while (progress.get("state").asText().equals("RUNNING"));
      long indexMs = (System.nanoTime() - indexing) / 1_000_000;
      Probe.Counts indexCounts = app.probe().read().minus(beforeIndex);
      if (!progress.get("state").asText().equals("DONE")) {
        throw new IllegalStateException("catalogue rebuild ended " + progress);
      }
      long total = app.http().get("/api/catalogue?size=1").json().get("page").get("totalElements").asLong();
      bench.log("catalogue: rebuilt in " + indexMs + " ms, " + total + " practices searchable");

      Http anonymous = app.http();
      List<String> paths = new ArrayList<>();
      for (String[] query : QUERIES) {
        paths.add("/api/catalogue?q=" + enc(query[0]) + "&" + query[1]);
      }
      for (int i = 0; i < warmup; i++) {
        anonymous.get(paths.get(i % paths.size()), 200);
      }
      // one client: latency, hits and statements per search
      int searchLoad = bench.loadMark();
      Samples latency = new Samples();
      Map<String, Long> hits = new LinkedHashMap<>();
      Probe.Counts beforeSearch = Load.settle(app.probe(), 300, 10_000);
      for (int i = 0; i < searches; i++) {
        String path = paths.get(i % paths.size());
        long start = System.nanoTime();
        Http.Response page = anonymous.get(path, 200);
        latency.add(System.nanoTime() - start);
        if (i < paths.size()) {
          hits.put("«" + QUERIES.get(i)[0] + "» with " + java.net.URLDecoder.decode(QUERIES.get(i)[1],
              StandardCharsets.UTF_8).replace("&", ", "), page.json().get("page").get("totalElements").asLong());
        }
      }
      Probe.Counts searchCounts = Load.settle(app.probe(), 300, 10_000).minus(beforeSearch);
      String searchLoadRange = bench.loadSince(searchLoad);

      // twenty clients at once
      int throughputLoad = bench.loadMark();
      Samples underLoad = new Samples();
      AtomicInteger calls = new AtomicInteger();
      long wall = Load.run(clients, loadCalls, (client, i) -> {
        String path = paths.get((client + i) % paths.size());
        underLoad.time(() -> anonymous.get(path, 200));
        calls.incrementAndGet();
      });
      double perSecond = calls.get() / (wall / 1e9);
      String throughputLoadRange = bench.loadSince(throughputLoad);

      // one edit: a new edition of a practice's description, brought into the catalogue by the one-practice reindex
      int editLoad = bench.loadMark();
      Samples editLatency = new Samples();
      Samples untilSearchable = new Samples();
      long editStatements = 0;
      try (Connection db = bench.postgres().connect(app.database())) {
        for (int e = 0; e < edits; e++) {
          long practice = 1 + (e * 577L) % practices;
          String word = "правка" + letters(System.nanoTime() + e);
          try (PreparedStatement edition = db.prepareStatement("""
              insert into practice_edition (practice_id, edited_by, edited_at, title, problem, solution, results,
                effect, note)
              select id, 'bench-editor', now(), title || ' ' || ?, problem, solution, results,
                coalesce(effect, 'Эффект'), 'Уточнено название' from practice where id = ?""")) {
            edition.setString(1, word);
            edition.setLong(2, practice);
            edition.executeUpdate();
          }
          Probe.Counts before = Load.settle(app.probe(), 200, 5_000);
          long start = System.nanoTime();
          app.admin().postJson("/api/admin/catalogue/reindex/" + practice, "", 200);
          long reindexed = System.nanoTime();
          editLatency.add(reindexed - start);
          Probe.Counts after = app.probe().read();
          editStatements += after.minus(before).statements();
          String search = "/api/catalogue?q=" + enc(word);
          boolean found = Load.await(() -> anonymous.get(search, 200).json().get("page").get("totalElements")
              .asLong() == 1, 10_000);
          if (!found) {
            throw new IllegalStateException("the edition of practice " + practice + " never became searchable");
          }
          untilSearchable.add(System.nanoTime() - start);
        }
      }

      Report.Table table = bench.report().table("Catalogue (" + total + " published practices, PostgreSQL, "
          + "Lucene in memory)", "measure", "figure");
      table.row("rebuild of the whole catalogue (read model + index), to DONE", String.format("%.1f s (%d SQL "
          + "statements, %.0f per practice)", indexMs / 1000.0, indexCounts.statements(),
          indexCounts.statements() / (double) Math.max(1, total)));
      table.row("search, 1 client: p50 / p95 / max", Samples.fmt(latency.percentileMs(50), "%.1f") + " / "
          + Samples.fmt(latency.percentileMs(95), "%.1f") + " / " + Samples.fmt(latency.percentileMs(100), "%.1f")
          + " ms (" + searches + " searches; load " + searchLoadRange + ")");
      table.row("SQL statements per search", String.format("%.2f", searchCounts.statements() / (double) searches));
      table.row("search, " + clients + " clients: throughput", String.format("%.0f searches/s (%d searches; p50 "
              + "%s ms, p95 %s ms; load %s)", perSecond, calls.get(), Samples.fmt(underLoad.percentileMs(50), "%.1f"),
          Samples.fmt(underLoad.percentileMs(95), "%.1f"), throughputLoadRange));
      table.row("one edit: the practice's refresh (one-practice reindex), p50 / p95",
          Samples.fmt(editLatency.percentileMs(50), "%.1f") + " / " + Samples.fmt(editLatency.percentileMs(95),
              "%.1f") + " ms, " + String.format("%.1f", editStatements / (double) edits) + " SQL statements");
      table.row("one edit: until a search finds it, p50 / p95", Samples.fmt(untilSearchable.percentileMs(50),
          "%.1f") + " / " + Samples.fmt(untilSearchable.percentileMs(95), "%.1f") + " ms (" + edits + " edits; "
          + "load " + bench.loadSince(editLoad) + ")");
      for (Map.Entry<String, Long> query : hits.entrySet()) {
        table.note(query.getKey() + ": " + query.getValue() + " practices found");
      }
      table.note("rows written: " + rows + " in " + writtenMs + " ms; rebuild load " + bench.loadSince(indexLoad));
      table.note("every search asks for the facet counts of every filter (8 aggregations) and highlighted fragments;"
          + " rate limit of this run: " + rateLimit + " requests a minute per address");
      bench.report().add(table);
      double p95 = latency.percentileMs(95);
      bench.report().goal("catalogue search p95 (two words, two filters, facets)", "≤ 50 ms",
          Samples.fmt(p95, "%.1f") + " ms", p95 <= 50);
    }
  }

  /**
   * The published practices and what their pages read, by SQL (list positions from 0, as the passport's ordered lists
   * keep them); the rows per table.
   */
  static Map<String, Long> publishedPractices(Connection db, int practices) throws Exception {
    String titles = array("Цифровая платформа обращений граждан", "Школьная библиотека нового поколения",
        "Выездные бригады врачей", "Центр поддержки предпринимателей", "Туристический маршрут выходного дня",
        "Социальный контракт для семей с детьми", "Экологическая тропа в городском парке",
        "Кадровый резерв муниципальной службы", "Бережливая поликлиника", "Народный бюджет",
        "Проектный офис развития территорий", "Мобильный центр государственных услуг",
        "Креативный кластер в здании завода", "Умная остановка общественного транспорта",
        "Наставничество для молодых учителей", "Гастрономический фестиваль региона");
    String places = array("для жителей села", "для малого бизнеса", "в каждом районе", "для старшего поколения",
        "в моногородах", "для школьников", "в областном центре", "на сельских территориях", "для молодёжи");
    String problems = array("Жители отдалённых сёл ждали приёма врача по две недели",
        "Фонды школьных библиотек устарели, дети мало читают",
        "Предприниматели тратили недели на согласования и справки",
        "Обращения граждан терялись между ведомствами без цифровой платформы",
        "Туристы не находили сведений о маршрутах и ночлеге",
        "Семьи с детьми не знали, на какую поддержку имеют право",
        "Городские парки зарастали, экологических троп не было",
        "Муниципалитетам не хватало подготовленных руководителей из кадрового резерва",
        "Очереди в поликлиниках отнимали у пациентов полдня",
        "Жители не участвовали в выборе проектов благоустройства");
    String solutions = array("Запущены выездные бригады врачей с передвижными кабинетами",
        "Школьные библиотеки превращены в информационные центры с коворкингом",
        "Создана цифровая платформа, где обращение видит каждое ведомство",
        "Открыт центр поддержки предпринимателей по принципу одного окна",
        "Проложены туристические маршруты с навигацией и гостевыми домами",
        "Социальные контракты заключаются с семьями за один визит",
        "Оборудованы экологические тропы с информационными стендами",
        "Сформирован кадровый резерв с программой наставничества",
        "Процессы поликлиник перестроены по принципам бережливого производства",
        "Проекты благоустройства выбираются голосованием жителей");
    String results = array("Время ожидания сократилось вдвое", "Посещаемость выросла втрое",
        "Срок согласований сократился с 30 до 7 дней", "Число обращений, решённых в срок, выросло до 95 %",
        "Турпоток вырос на 40 %", "Доля семей, получивших поддержку, выросла на треть",
        "Удовлетворённость жителей выросла до 87 %", "Вакансии руководителей закрываются за месяц");
    String path = "(select array_agg(code order by sort_order) from practice_category)";
    List<String> statements = List.of(
        """
        insert into practice (version, status, title, category_code, level_code, region_code, organisation, problem,
          solution, resources, results, effect, target_audience, coverage, created_by, created_at, updated_at,
          submitted_at, published_at, replication_count, federal_approval_round, federal_approval_body,
          federal_approved_at, federal_approval_conclusion)
        select 0, 'PUBLISHED', (%1$s)[1 + i %% 16] || ' ' || (%2$s)[1 + (i / 16) %% 9],
          (%6$s)[1 + (i + i / 16) %% 10],
          (array['MANAGEMENT_MODEL','SYSTEMIC_PRACTICE','MANAGEMENT_TOOL'])[1 + i %% 3], r.code,
          'Министерство экономического развития: ' || r.name,
          (%3$s)[1 + i %% 10] || '. ' || (%3$s)[1 + (i * 7) %% 10] || '.',
          (%4$s)[1 + i %% 10] || '. ' || (%4$s)[1 + (i * 3) %% 10] || '. ' || (%4$s)[1 + (i * 11) %% 10] || '.',
          'Бюджет региона', (%5$s)[1 + i %% 8] || '. ' || (%5$s)[1 + (i * 5) %% 8] || '.',
          'Экономия времени жителей и бюджета', 'Жители региона', 'Весь регион', 'bench', t, t, t, t + interval '60 days',
          case when i %% 9 = 0 then 1 + i %% 4 else 0 end,
          case when i %% 15 = 0 then 'Отбор практик 2025 года' end, case when i %% 15 = 0 then 'Минэкономразвития России' end,
          case when i %% 15 = 0 then t + interval '200 days' end, case when i %% 15 = 0 then 'Рекомендована регионам' end
        from (select i, timestamp '2019-01-01' + (i * 2500.0 / %7$d) * interval '1 day' as t
              from generate_series(1, %7$d) i) g
        join (select code, name, row_number() over (order by code) - 1 as n from region) r
          on r.n = (g.i * 7) %% 89
        """.formatted(titles, places, problems, solutions, results, path, practices),
        """
        insert into practice_author (practice_id, position, full_name, job_title, email, phone)
        select id, 0, 'Автор практики ' || id, 'Заместитель министра', 'author' || id || '@example.ru', null
        from practice
        """,
        """
        insert into practice_step (practice_id, position, description)
        select id, k - 1, (array['Анализ проблемы и целевых групп', 'Разработка регламента и нормативного акта',
          'Запуск и тиражирование в муниципалитетах'])[k] from practice cross join generate_series(1, 3) k
        """,
        """
        insert into practice_qol_direction (practice_id, direction_code)
        select p.id, d.direction_code from practice p join category_qol_direction d on d.category_code = p.category_code
        where p.id %% 3 <> 0
        """,
        """
        insert into practice_investment_factor (practice_id, factor_code)
        select p.id, min(f.factor_code) from practice p join category_investment_factor f
          on f.category_code = p.category_code
        where p.id %% 4 = 0 group by p.id
        """,
        """
        insert into practice_catalogue_section (practice_id, section_code)
        select id, 'KNOWLEDGE_BASE' from practice
        union all select distinct practice_id, 'QUALITY_OF_LIFE' from practice_qol_direction
        union all select distinct practice_id, 'INVESTMENT_RATING' from practice_investment_factor
        union all select id, 'REPLICATION' from practice where replication_count > 0
        """,
        """
        insert into practice_status_change (practice_id, status, changed_by, changed_at, reason)
        select id, 'PUBLISHED', 'bench-editor', published_at, null from practice
        """,
        "analyze");
    try (Statement s = db.createStatement()) {
      for (String sql : statements) {
        s.execute(sql.replace("%%", "%"));
      }
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : List.of("practice", "practice_qol_direction", "practice_investment_factor",
        "practice_catalogue_section")) {
      rows.put(table, Long.parseLong(SyntheticHistory.oneValue(db, "select count(*) from " + table)));
    }
    return rows;
  }

  private static String array(String... values) {
    StringBuilder sql = new StringBuilder("array[");
    for (int i = 0; i < values.length; i++) {
      sql.append(i == 0 ? "" : ", ").append('\'').append(values[i].replace("'", "''")).append('\'');
    }
    return sql.append(']').toString();
  }

  /** A word of Latin letters only (no digits: the analyser would split them off), unique enough per edit. */
  private static String letters(long seed) {
    StringBuilder word = new StringBuilder();
    for (long n = Math.abs(seed); n > 0; n /= 26) {
      word.append((char) ('a' + n % 26));
    }
    return word.toString();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
