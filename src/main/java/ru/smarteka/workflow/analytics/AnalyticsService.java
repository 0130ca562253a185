package ru.smarteka.workflow.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.practice.PracticeStatus;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/**
 * The figures of the analytics dashboard. Each is one SQL aggregation over our status-history tables (and, for the
 * overdue tasks, the engine's runtime task tables), run read-only in the database: no history is loaded into Java,
 * which only turns the few aggregated rows into a table. Portable SQL: H2 2.3 and PostgreSQL (window functions,
 * {@code PERCENTILE_CONT ... WITHIN GROUP}, {@code EXTRACT(EPOCH FROM interval)}).
 */
@Service
@Transactional(readOnly = true)
public class AnalyticsService {

  /** Who may read the figures: auditors and ASI's moderators, process owners and administrators. */
  public static final List<String> READERS =
      List.of(Groups.AUDITORS, Groups.ASI_MODERATORS, Groups.PROCESS_OWNERS, Groups.ADMINS);

  /** The stages of the funnel, in order; index 0 is the submission. */
  static final List<String> FUNNEL_STAGES = List.of("Подана", "Регион соответствует условиям",
      "Принята модератором на экспертизу", "Прошла экспертизу", "Подтверждена регионом", "Опубликована");

  /** The statuses a practice waits in, as stages whose duration is measured. */
  static final List<PracticeStatus> TIMED_STAGES = List.of(PracticeStatus.SUBMITTED,
      PracticeStatus.RETURNED_FOR_REVISION, PracticeStatus.IN_EXPERTISE, PracticeStatus.AT_REGIONAL_CONFIRMATION,
      PracticeStatus.IN_COPY_EDITING);

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  AnalyticsService(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Whether the user may read the figures. */
  public static boolean mayRead(CurrentUser user) {
    return user != null && READERS.stream().anyMatch(user::isMemberOf);
  }

  /** Refuses (403) anyone but auditors and ASI roles. */
  public static void requireReader(CurrentUser user) {
    if (!mayRead(user)) {
      throw new AccessDeniedException("Аналитика доступна аудиторам и сотрудникам АСИ");
    }
  }

  /**
   * The filter from the request's parameters, every value checked: dates as YYYY-MM-DD with from ≤ to, the region,
   * federal district and category as they exist in the reference data. A wrong value is a 400 naming its field.
   */
  public AnalyticsFilter filter(String from, String to, String region, String district, String category) {
    List<FieldMessage> errors = new ArrayList<>();
    LocalDate fromDate = date("from", from, errors);
    LocalDate toDate = date("to", to, errors);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      errors.add(new FieldMessage("to", "конец периода раньше его начала"));
    }
    String regionCode = blankToNull(region);
    if (regionCode != null && (!regionCode.matches("\\d{2}") || !exists("select count(*) from region where code = :v",
        regionCode))) {
      errors.add(new FieldMessage("region", "нет субъекта РФ с таким кодом (две цифры, например 28)"));
    }
    String districtName = blankToNull(district);
    if (districtName != null && (districtName.length() > 50
        || !exists("select count(*) from region where federal_district = :v", districtName))) {
      errors.add(new FieldMessage("district", "нет такого федерального округа"));
    }
    String categoryCode = blankToNull(category);
    if (categoryCode != null && (categoryCode.length() > 50
        || !exists("select count(*) from practice_category where code = :v", categoryCode))) {
      errors.add(new FieldMessage("category", "нет такой категории практик"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Фильтр аналитики задан неверно", errors);
    }
    return new AnalyticsFilter(fromDate, toDate, regionCode, districtName, categoryCode);
  }

  /** What the filters may be set to: regions (code, name, district), federal districts, categories (code, name). */
  public Map<String, Object> filterChoices() {
    Map<String, Object> choices = new LinkedHashMap<>();
    choices.put("regions", jdbc.query("select code, name, federal_district from region order by code",
        (rs, i) -> Map.of("code", rs.getString(1), "name", rs.getString(2), "district", rs.getString(3))));
    choices.put("districts", jdbc.queryForList("select distinct federal_district from region order by federal_district",
        Map.of(), String.class));
    choices.put("categories", jdbc.query("select code, name from practice_category order by sort_order",
        (rs, i) -> Map.of("code", rs.getString(1), "name", rs.getString(2))));
    return choices;
  }

  /** The figure for the user, with the filter applied. */
  public Figure figure(CurrentUser user, FigureKind kind, AnalyticsFilter filter) {
    requireReader(user);
    return switch (kind) {
      case FUNNEL -> funnel(filter);
      case STAGES -> stages(filter);
      case STAGE_TREND -> stageTrend(filter);
      case OVERDUE_TASKS -> overdueTasks(filter);
      case EXPERTS -> experts(filter);
      case REPLICATIONS -> replications(filter, true);
      case REPLICATION_REGIONS -> replications(filter, false);
      case QUARTERLY_REPORTS -> quarterlyReports(filter);
    };
  }

  /**
   * Practices first submitted in the period, by the furthest stage each reached; those that stopped short are lost
   * there, by the status they ended in (the reason), or still on their way.
   */
  Figure funnel(AnalyticsFilter filter) {
    Sql sql = new Sql(filter);
    // one pass over the status history, grouped by practice: its first submission and the furthest stage it reached
    String query = """
        select f.furthest, f.status, count(*) n from (
          select p.status, case when g.practice_id is not null and max(case s.status
              when 'PUBLISHED' then 5 when 'IN_COPY_EDITING' then 4 when 'AT_REGIONAL_CONFIRMATION' then 3
              when 'IN_EXPERTISE' then 2 else 0 end) < 1 then 1
            else max(case s.status when 'PUBLISHED' then 5 when 'IN_COPY_EDITING' then 4
              when 'AT_REGIONAL_CONFIRMATION' then 3 when 'IN_EXPERTISE' then 2 else 0 end) end furthest,
            min(case when s.status = 'SUBMITTED' then s.changed_at end) first_at
          from practice p
          join region r on r.code = p.region_code
          join practice_status_change s on s.practice_id = p.id
          left join (select distinct practice_id from practice_eligibility_ground) g on g.practice_id = p.id
          where %s
          group by p.id, p.status, g.practice_id
        ) f
        where f.first_at is not null and %s
        group by f.furthest, f.status
        """.formatted(sql.practiceScope("p", "r"), sql.period("f.first_at"));
    long[] atFurthest = new long[FUNNEL_STAGES.size()];
    List<Map<PracticeStatus, Long>> stoppedAt = new ArrayList<>();
    FUNNEL_STAGES.forEach(s -> stoppedAt.add(new EnumMap<>(PracticeStatus.class)));
    jdbc.query(query, sql.params, rs -> {
      int furthest = rs.getInt("furthest");
      long n = rs.getLong("n");
      atFurthest[furthest] += n;
      stoppedAt.get(furthest).merge(PracticeStatus.valueOf(rs.getString("status")), n, Long::sum);
    });
    long submitted = java.util.Arrays.stream(atFurthest).sum();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int stage = 0; stage < FUNNEL_STAGES.size(); stage++) {
      long reached = 0;
      for (int k = stage; k < atFurthest.length; k++) {
        reached += atFurthest[k];
      }
      long previous = stage == 0 ? reached : reached + atFurthest[stage - 1];
      Map<PracticeStatus, Long> before = stage == 0 ? Map.of() : stoppedAt.get(stage - 1);
      long onTheWay = before.entrySet().stream().filter(e -> e.getKey().isUnderReview())
          .mapToLong(Map.Entry::getValue).sum();
      long lost = (previous - reached) - onTheWay;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("stage", FUNNEL_STAGES.get(stage));
      row.put("reached", reached);
      row.put("shareOfSubmitted", percent(reached, submitted));
      row.put("conversion", percent(reached, previous));
      row.put("lost", lost);
      row.put("lostShare", percent(lost, previous));
      row.put("stillOnTheWay", onTheWay);
      row.put("reasons", before.entrySet().stream().filter(e -> !e.getKey().isUnderReview())
          .sorted(Map.Entry.<PracticeStatus, Long>comparingByValue().reversed())
          .map(e -> e.getKey().label() + ": " + e.getValue()).collect(Collectors.joining("; ")));
      rows.add(row);
    }
    return new Figure(FigureKind.FUNNEL.id(), FigureKind.FUNNEL.title(), filter.described(), List.of(
        col("stage", "Этап"), col("reached", "Дошли до этапа"), col("shareOfSubmitted", "Доля от поданных, %"),
        col("conversion", "Конверсия с предыдущего этапа, %"), col("lost", "Выбыли перед этапом"),
        col("lostShare", "Доля выбывших, %"), col("stillOnTheWay", "Ещё на предыдущем этапе"),
        col("reasons", "Почему выбыли")), rows);
  }

  /** How long practices stayed in each stage they entered in the period: median and 90th percentile, in hours. */
  Figure stages(AnalyticsFilter filter) {
    Sql sql = new Sql(filter);
    String query = """
        select d.status, count(*) entered, sum(case when d.left_at is null then 1 else 0 end) still_in,
          percentile_cont(0.5) within group (order by d.hours) median_hours,
          percentile_cont(0.9) within group (order by d.hours) p90_hours
        from (%s) d
        where d.status in (%s) and %s
        group by d.status
        """.formatted(durations(sql), timedStages(), sql.period("d.changed_at"));
    Map<String, Map<String, Object>> byStatus = new LinkedHashMap<>();
    jdbc.query(query, sql.params, rs -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("entered", rs.getLong("entered"));
      row.put("stillIn", rs.getLong("still_in"));
      row.put("medianHours", round(rs.getBigDecimal("median_hours")));
      row.put("p90Hours", round(rs.getBigDecimal("p90_hours")));
      byStatus.put(rs.getString("status"), row);
    });
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PracticeStatus stage : TIMED_STAGES) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("stage", stage.name());
      row.put("stageName", stage.label());
      row.putAll(byStatus.getOrDefault(stage.name(), Map.of("entered", 0L, "stillIn", 0L)));
      rows.add(row);
    }
    return new Figure(FigureKind.STAGES.id(), FigureKind.STAGES.title(), filter.described(), List.of(
        col("stage", "Код этапа"), col("stageName", "Этап"), col("entered", "Вошли в этап"),
        col("stillIn", "Ещё на этапе"), col("medianHours", "Медиана, ч"), col("p90Hours", "90-й процентиль, ч")),
        rows);
  }

  /** The same by the month a stage was entered: the trend. */
  Figure stageTrend(AnalyticsFilter filter) {
    Sql sql = new Sql(filter);
    String query = """
        select d.status, d.entered_month, count(*) entered,
          percentile_cont(0.5) within group (order by d.hours) median_hours,
          percentile_cont(0.9) within group (order by d.hours) p90_hours
        from (%s) d
        where d.status in (%s) and %s
        group by d.status, d.entered_month
        order by d.entered_month, d.status
        """.formatted(durations(sql), timedStages(), sql.period("d.changed_at"));
    List<Map<String, Object>> rows = jdbc.query(query, sql.params, (rs, i) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      int month = rs.getInt("entered_month");
      row.put("month", "%04d-%02d".formatted(month / 100, month % 100));
      row.put("stage", rs.getString("status"));
      row.put("stageName", PracticeStatus.valueOf(rs.getString("status")).label());
      row.put("entered", rs.getLong("entered"));
      row.put("medianHours", round(rs.getBigDecimal("median_hours")));
      row.put("p90Hours", round(rs.getBigDecimal("p90_hours")));
      return row;
    });
    return new Figure(FigureKind.STAGE_TREND.id(), FigureKind.STAGE_TREND.title(), filter.described(), List.of(
        col("month", "Месяц"), col("stage", "Код этапа"), col("stageName", "Этап"), col("entered", "Вошли в этап"),
        col("medianHours", "Медиана, ч"), col("p90Hours", "90-й процентиль, ч")), rows);
  }

  /**
   * Tasks past their due date right now, by candidate group (a task with none, such as an expert's assessment, by
   * its assignee), region (of the case, from our tables: the practice, the replication request or the quarterly
   * report the instance runs) and process. The period does not apply.
   */
  Figure overdueTasks(AnalyticsFilter filter) {
    Sql sql = new Sql(filter);
    sql.params.addValue("now", Timestamp.from(clock.instant()));
    List<String> where = new ArrayList<>(List.of("t.DUE_DATE_ < :now"));
    if (filter.region() != null) {
      where.add("rg.code = :region");
    }
    if (filter.district() != null) {
      where.add("rg.federal_district = :district");
    }
    if (filter.category() != null) {
      where.add("coalesce(pp.category_code, rp.category_code) = :category");
    }
    String query = """
        select l.GROUP_ID_ group_id, max(g.NAME_) group_name,
          case when l.GROUP_ID_ is null then t.ASSIGNEE_ end personal, rg.code region_code, max(rg.name) region_name,
          d.KEY_ process_key, max(d.NAME_) process_name, count(distinct t.ID_) overdue,
          count(distinct case when t.ASSIGNEE_ is not null then t.ID_ end) claimed, min(t.DUE_DATE_) oldest_due
        from ACT_RU_TASK t
        join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
        left join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null
        left join ACT_ID_GROUP g on g.ID_ = l.GROUP_ID_
        left join practice pp on pp.publication_instance_id = t.PROC_INST_ID_
        left join replication_request rr on rr.process_instance_id = t.PROC_INST_ID_
        left join practice rp on rp.id = rr.practice_id
        left join quarterly_report q on q.process_instance_id = t.PROC_INST_ID_
        left join region rg on rg.code = coalesce(pp.region_code, rr.recipient_region, q.region_code)
        where %s
        group by l.GROUP_ID_, case when l.GROUP_ID_ is null then t.ASSIGNEE_ end, rg.code, d.KEY_
        order by count(distinct t.ID_) desc, l.GROUP_ID_, rg.code, d.KEY_
        """.formatted(String.join(" and ", where));
    List<Map<String, Object>> rows = jdbc.query(query, sql.params, (rs, i) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      String group = rs.getString("group_id");
      row.put("group", group == null ? "—" : group);
      String personal = rs.getString("personal");
      row.put("groupName", group == null ? (personal == null ? "без группы и исполнителя"
          : "назначена лично: " + personal)
          : rs.getString("group_name") == null ? group : rs.getString("group_name"));
      row.put("region", rs.getString("region_code") == null ? "—" : rs.getString("region_code"));
      row.put("regionName", rs.getString("region_name") == null ? "—" : rs.getString("region_name"));
      row.put("process", rs.getString("process_key"));
      row.put("processName", rs.getString("process_name"));
      row.put("overdue", rs.getLong("overdue"));
      row.put("claimed", rs.getLong("claimed"));
      row.put("oldestDue", rs.getTimestamp("oldest_due").toInstant().toString());
      return row;
    });
    return new Figure(FigureKind.OVERDUE_TASKS.id(), FigureKind.OVERDUE_TASKS.title(), filter.described(), List.of(
        col("group", "Группа"), col("groupName", "Название группы"), col("region", "Код региона"),
        col("regionName", "Регион"), col("process", "Код процесса"), col("processName", "Процесс"),
        col("overdue", "Просрочено задач"), col("claimed", "Из них взяты в работу"),
        col("oldestDue", "Самый ранний срок")), rows);
  }

  /**
   * Each expert's load (open assignments now, assignments in the period, those whose task ended without an
   * assessment) and assessments in the period with the average score (1–5 over the seven criteria); region and
   * category are the practice's.
   */
  Figure experts(AnalyticsFilter filter) {
    Sql sql = new Sql(filter);
    String scope = sql.practiceScope("p", "r");
    String query = """
        select e.user_id, e.full_name, e.region_code, coalesce(a.open_now, 0) open_now,
          coalesce(a.assigned, 0) assigned, coalesce(a.missed, 0) missed, coalesce(s.assessed, 0) assessed,
          s.average_score
        from expert e
        left join (
          select a.expert_id, sum(case when a.status = 'ASSIGNED' then 1 else 0 end) open_now,
            sum(case when %s then 1 else 0 end) assigned,
            sum(case when a.task_deleted and %s then 1 else 0 end) missed
          from expert_assignment a join practice p on p.id = a.practice_id join region r on r.code = p.region_code
          where %s group by a.expert_id) a on a.expert_id = e.user_id
        left join (
          select x.expert_id, count(*) assessed,
            avg((x.novelty + x.relevance + x.efficiency + x.replicability + x.social_significance + x.coverage
              + x.measurable_results) / 7.0) average_score
          from expert_assessment x join practice p on p.id = x.practice_id join region r on r.code = p.region_code
          where %s and %s group by x.expert_id) s on s.expert_id = e.user_id
        order by coalesce(a.open_now, 0) desc, coalesce(s.assessed, 0) desc, e.user_id
        """.formatted(sql.period("a.assigned_at"), sql.period("a.assigned_at"), scope, scope,
        sql.period("x.assessed_at"));
    List<Map<String, Object>> rows = jdbc.query(query, sql.params, (rs, i) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("expert", rs.getString("user_id"));
      row.put("name", rs.getString("full_name"));
      row.put("region", rs.getString("region_code"));
      row.put("openNow", rs.getLong("open_now"));
      row.put("assigned", rs.getLong("assigned"));
      row.put("missed", rs.getLong("missed"));
      row.put("assessed", rs.getLong("assessed"));
      row.put("averageScore", round(rs.getBigDecimal("average_score")));
      return row;
    });
    return new Figure(FigureKind.EXPERTS.id(), FigureKind.EXPERTS.title(), filter.described(), List.of(
        col("expert", "Эксперт"), col("name", "ФИО"), col("region", "Регион эксперта"),
        col("openNow", "Открытых назначений сейчас"), col("assigned", "Назначений за период"),
        col("missed", "Из них без оценки (срок истёк, снято)"), col("assessed", "Оценок за период"),
        col("averageScore", "Средний балл (1–5)")), rows);
  }

  /**
   * Replication requests made in the period by recipient region and practice (or by region alone: the dashboard's
   * chart), by where they stand: in progress, implemented (evaluation pending), evaluated, abandoned, rejected.
   */
  Figure replications(AnalyticsFilter filter, boolean byPractice) {
    Sql sql = new Sql(filter);
    List<String> where = new ArrayList<>(List.of(sql.period("rr.created_at")));
    if (filter.region() != null) {
      where.add("rr.recipient_region = :region");
    }
    if (filter.district() != null) {
      where.add("rg.federal_district = :district");
    }
    if (filter.category() != null) {
      where.add("p.category_code = :category");
    }
    String query = """
        select rr.recipient_region, max(rg.name) region_name, %s count(*) requested,
          sum(case when rr.status in ('REQUESTED', 'ACCEPTED', 'MEETING_HELD', 'ROADMAP_SUBMITTED', 'ROADMAP_RETURNED',
            'IMPLEMENTING', 'IMPLEMENTATION_RETURNED') then 1 else 0 end) in_progress,
          sum(case when rr.status in ('IMPLEMENTED', 'EVALUATION_SUBMITTED', 'EVALUATION_RETURNED') then 1 else 0 end)
            implemented,
          sum(case when rr.status = 'EVALUATED' then 1 else 0 end) evaluated,
          sum(case when rr.status = 'ABANDONED' then 1 else 0 end) abandoned,
          sum(case when rr.status = 'REJECTED' then 1 else 0 end) rejected
        from replication_request rr
        join practice p on p.id = rr.practice_id
        join region rg on rg.code = rr.recipient_region
        where %s
        group by rr.recipient_region%s
        order by rr.recipient_region%s
        """.formatted(byPractice ? "rr.practice_id, max(p.title) title," : "", String.join(" and ", where),
        byPractice ? ", rr.practice_id" : "", byPractice ? ", rr.practice_id" : "");
    List<Map<String, Object>> rows = jdbc.query(query, sql.params, (rs, i) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("region", rs.getString("recipient_region"));
      row.put("regionName", rs.getString("region_name"));
      if (byPractice) {
        row.put("practice", rs.getLong("practice_id"));
        row.put("practiceTitle", rs.getString("title"));
      }
      for (String c : List.of("requested", "in_progress", "implemented", "evaluated", "abandoned", "rejected")) {
        row.put(camel(c), rs.getLong(c));
      }
      return row;
    });
    List<Figure.Column> columns = new ArrayList<>(List.of(col("region", "Код региона"),
        col("regionName", "Регион-реципиент")));
    if (byPractice) {
      columns.addAll(List.of(col("practice", "Практика №"), col("practiceTitle", "Практика")));
    }
    columns.addAll(List.of(col("requested", "Заявок"), col("inProgress", "В работе"),
        col("implemented", "Внедрено, ждёт оценки"), col("evaluated", "Оценено, завершено"),
        col("abandoned", "Прекращено"), col("rejected", "Отклонено без рассмотрения")));
    FigureKind kind = byPractice ? FigureKind.REPLICATIONS : FigureKind.REPLICATION_REGIONS;
    return new Figure(kind.id(), kind.title(), filter.described(), columns, rows);
  }

  /**
   * Quarterly reports whose deadline falls in the period, per region: consolidated by the deadline day, late
   * (consolidated after it, or not yet and the deadline passed), still collecting before the deadline. Reports are
   * per region, not per category: the category filter does not apply.
   */
  Figure quarterlyReports(AnalyticsFilter filter) {
    Sql sql = new Sql(filter);
    sql.params.addValue("today", Date.valueOf(LocalDate.now(clock.withZone(ZoneOffset.UTC))));
    List<String> where = new ArrayList<>(List.of(sql.dayPeriod("q.deadline")));
    if (filter.region() != null) {
      where.add("q.region_code = :region");
    }
    if (filter.district() != null) {
      where.add("rg.federal_district = :district");
    }
    String query = """
        select q.region_code, max(rg.name) region_name, count(*) reports,
          sum(case when q.consolidated_at is not null and cast(q.consolidated_at as date) <= q.deadline
            then 1 else 0 end) on_time,
          sum(case when (q.consolidated_at is not null and cast(q.consolidated_at as date) > q.deadline)
            or (q.consolidated_at is null and q.deadline < :today) then 1 else 0 end) late,
          sum(case when q.consolidated_at is null and q.deadline >= :today then 1 else 0 end) pending
        from quarterly_report q join region rg on rg.code = q.region_code
        where %s
        group by q.region_code
        order by q.region_code
        """.formatted(String.join(" and ", where));
    List<Map<String, Object>> rows = jdbc.query(query, sql.params, (rs, i) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("region", rs.getString("region_code"));
      row.put("regionName", rs.getString("region_name"));
      long reports = rs.getLong("reports");
      row.put("reports", reports);
      row.put("onTime", rs.getLong("on_time"));
      row.put("late", rs.getLong("late"));
      row.put("pending", rs.getLong("pending"));
      row.put("onTimeShare", percent(rs.getLong("on_time"), reports - rs.getLong("pending")));
      return row;
    });
    return new Figure(FigureKind.QUARTERLY_REPORTS.id(), FigureKind.QUARTERLY_REPORTS.title(), filter.described(),
        List.of(col("region", "Код региона"), col("regionName", "Регион"), col("reports", "Отчётов"),
            col("onTime", "В срок"), col("late", "С опозданием"), col("pending", "Срок не наступил"),
            col("onTimeShare", "Доля в срок, %")), rows);
  }

  /** Each status change of the practices in scope with the time until the next one (null while it lasts). */
  private static String durations(Sql sql) {
    return """
        select s.status, s.changed_at,
          extract(year from s.changed_at) * 100 + extract(month from s.changed_at) as entered_month,
          lead(s.changed_at) over (partition by s.practice_id order by s.changed_at, s.id) left_at,
          extract(epoch from (lead(s.changed_at) over (partition by s.practice_id order by s.changed_at, s.id)
            - s.changed_at)) / 3600.0 as hours
        from practice_status_change s
        join practice p on p.id = s.practice_id
        join region r on r.code = p.region_code
        where %s
        """.formatted(sql.practiceScope("p", "r"));
  }

  private static String timedStages() {
    return TIMED_STAGES.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
  }

  /** The filter's bind parameters and the predicates that use them. */
  private static final class Sql {
    final MapSqlParameterSource params = new MapSqlParameterSource();
    final AnalyticsFilter filter;

    Sql(AnalyticsFilter filter) {
      this.filter = filter;
      if (filter.from() != null) {
        params.addValue("from", Timestamp.from(filter.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        params.addValue("fromDay", Date.valueOf(filter.from()));
      }
      if (filter.to() != null) {
        params.addValue("toExclusive", Timestamp.from(filter.to().plusDays(1).atStartOfDay()
            .toInstant(ZoneOffset.UTC)));
        params.addValue("toDay", Date.valueOf(filter.to()));
      }
      Stream.of(new String[] {"region", filter.region()}, new String[] {"district", filter.district()},
          new String[] {"category", filter.category()}).filter(p -> p[1] != null)
          .forEach(p -> params.addValue(p[0], p[1]));
    }

    String period(String column) {
      List<String> parts = new ArrayList<>();
      if (filter.from() != null) {
        parts.add(column + " >= :from");
      }
      if (filter.to() != null) {
        parts.add(column + " < :toExclusive");
      }
      return parts.isEmpty() ? "1 = 1" : "(" + String.join(" and ", parts) + ")";
    }

    String dayPeriod(String column) {
      List<String> parts = new ArrayList<>();
      if (filter.from() != null) {
        parts.add(column + " >= :fromDay");
      }
      if (filter.to() != null) {
        parts.add(column + " <= :toDay");
      }
      return parts.isEmpty() ? "1 = 1" : "(" + String.join(" and ", parts) + ")";
    }

    /** Region, district and category of a practice (alias p) and its region (alias r). */
    String practiceScope(String practice, String region) {
      List<String> parts = new ArrayList<>();
      if (filter.region() != null) {
        parts.add(practice + ".region_code = :region");
      }
      if (filter.district() != null) {
        parts.add(region + ".federal_district = :district");
      }
      if (filter.category() != null) {
        parts.add(practice + ".category_code = :category");
      }
      return parts.isEmpty() ? "1 = 1" : String.join(" and ", parts);
    }
  }

  private boolean exists(String query, String value) {
    Long n = jdbc.queryForObject(query, Map.of("v", value), Long.class);
    return n != null && n > 0;
  }

  private static LocalDate date(String field, String value, List<FieldMessage> errors) {
    String v = blankToNull(value);
    if (v == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(v);
      if (date.getYear() < 2000 || date.getYear() > 2100) {
        errors.add(new FieldMessage(field, "дата с 2000 по 2100 год"));
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      errors.add(new FieldMessage(field, "дата в виде ГГГГ-ММ-ДД, например 2026-01-31"));
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Figure.Column col(String key, String label) {
    return new Figure.Column(key, label);
  }

  private static BigDecimal percent(long part, long whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP);
  }

  private static BigDecimal round(BigDecimal value) {
    return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
  }

  private static String camel(String snake) {
    int i = snake.indexOf('_');
    return i < 0 ? snake : snake.substring(0, i) + Character.toUpperCase(snake.charAt(i + 1)) + snake.substring(i + 2);
  }
}
