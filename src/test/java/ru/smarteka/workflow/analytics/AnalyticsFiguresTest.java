package ru.smarteka.workflow.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.support.DataTest;

/**
 * The figures computed by SQL on a history written for them, in Chukotka (87), which no other test uses: every
 * number below is counted by hand from the rows this class writes (each test rolls back).
 */
@DataTest
@Import({AnalyticsService.class, AnalyticsFiguresTest.FixedClock.class})
class AnalyticsFiguresTest {

  @TestConfiguration
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2025-11-01T12:00:00Z"), ZoneOffset.UTC);
    }
  }

  static final CurrentUser AUDITOR = CurrentUser.of("auditor", List.of(Groups.AUDITORS));

  @Autowired AnalyticsService analytics;
  @Autowired JdbcTemplate jdbc;

  long published;

  @BeforeEach
  void history() {
    published = practice("HEALTHCARE", "PUBLISHED", true, "SUBMITTED 2025-01-10T00:00", "IN_EXPERTISE 2025-01-12T00:00",
        "AT_REGIONAL_CONFIRMATION 2025-01-20T00:00", "IN_COPY_EDITING 2025-01-25T00:00", "PUBLISHED 2025-01-27T00:00");
    practice("HEALTHCARE", "NOT_ELIGIBLE", false, "SUBMITTED 2025-01-11T00:00", "NOT_ELIGIBLE 2025-01-11T01:00");
    practice("HEALTHCARE", "REMOVED", true, "SUBMITTED 2025-02-01T00:00", "REMOVED 2025-02-04T00:00");
    practice("HEALTHCARE", "REJECTED", true, "SUBMITTED 2025-02-02T00:00", "IN_EXPERTISE 2025-02-03T00:00",
        "REJECTED 2025-02-10T00:00");
    practice("HEALTHCARE", "SUBMITTED", true, "SUBMITTED 2025-02-05T00:00");
    // first submitted before the period: not in its cohort, though resubmitted in it
    practice("HEALTHCARE", "SUBMITTED", true, "SUBMITTED 2024-12-01T00:00", "RETURNED_FOR_REVISION 2024-12-02T00:00",
        "SUBMITTED 2025-03-01T00:00");
    // another category
    practice("ECOLOGY", "PUBLISHED", true, "SUBMITTED 2025-01-15T00:00", "IN_EXPERTISE 2025-01-16T00:00",
        "AT_REGIONAL_CONFIRMATION 2025-01-17T00:00", "IN_COPY_EDITING 2025-01-18T00:00", "PUBLISHED 2025-01-19T00:00");
  }

  AnalyticsFilter chukotkaHealthcare2025() {
    return analytics.filter("2025-01-01", "2025-12-31", "87", null, "HEALTHCARE");
  }

  @Test
  void theFunnelCountsEachStageAndWhyPracticesWereLost() {
    Figure funnel = analytics.figure(AUDITOR, FigureKind.FUNNEL, chukotkaHealthcare2025());

    assertThat(funnel.rows()).extracting(r -> r.get("reached")).containsExactly(5L, 4L, 2L, 1L, 1L, 1L);
    assertThat(funnel.rows()).extracting(r -> r.get("lost")).containsExactly(0L, 1L, 1L, 1L, 0L, 0L);
    assertThat(funnel.rows()).extracting(r -> r.get("stillOnTheWay")).containsExactly(0L, 0L, 1L, 0L, 0L, 0L);
    assertThat(funnel.rows().get(1).get("reasons")).isEqualTo("регион не соответствует условиям приёма: 1");
    assertThat(funnel.rows().get(2).get("reasons")).isEqualTo("снята с рассмотрения: 1");
    assertThat(funnel.rows().get(3).get("reasons")).isEqualTo("отклонена по итогам экспертизы: 1");
    assertThat(funnel.rows().get(5).get("shareOfSubmitted")).isEqualTo(new BigDecimal("20.0"));
    assertThat(funnel.rows().get(2).get("lostShare")).isEqualTo(new BigDecimal("25.0"));
  }

  @Test
  void theFunnelFollowsTheFilters() {
    assertThat(analytics.figure(AUDITOR, FigureKind.FUNNEL, analytics.filter(null, null, "87", null, null)).rows()
        .get(0).get("reached")).isEqualTo(7L);
    assertThat(analytics.figure(AUDITOR, FigureKind.FUNNEL, analytics.filter("2025-01-01", "2025-01-31", "87", null,
        null)).rows()).extracting(r -> r.get("reached")).containsExactly(3L, 2L, 2L, 2L, 2L, 2L);
    Figure district = analytics.figure(AUDITOR, FigureKind.FUNNEL, analytics.filter("2025-01-01", "2025-01-31", null,
        "Дальневосточный", "ECOLOGY"));
    assertThat((Long) district.rows().get(5).get("reached")).isGreaterThanOrEqualTo(1L);
  }

  @Test
  void stagesHaveTheirMedianAnd90thPercentile() {
    Figure stages = analytics.figure(AUDITOR, FigureKind.STAGES, chukotkaHealthcare2025());
    Map<String, Object> submitted = row(stages, "stage", "SUBMITTED");
    // SUBMITTED lasted 48, 1, 72 and 24 hours; one is still waiting
    assertThat(submitted.get("entered")).isEqualTo(6L);
    assertThat(submitted.get("stillIn")).isEqualTo(2L);
    Map<String, Object> expertise = row(stages, "stage", "IN_EXPERTISE");
    assertThat(expertise.get("medianHours")).isEqualTo(new BigDecimal("180.0"));
    assertThat(expertise.get("p90Hours")).isEqualTo(new BigDecimal("189.6"));

    Figure january = analytics.figure(AUDITOR, FigureKind.STAGES, analytics.filter("2025-02-01", "2025-02-28", "87",
        null, "HEALTHCARE"));
    Map<String, Object> february = row(january, "stage", "SUBMITTED");
    // 72 and 24 hours, and one still waiting
    assertThat(february.get("medianHours")).isEqualTo(new BigDecimal("48.0"));
    assertThat(february.get("p90Hours")).isEqualTo(new BigDecimal("67.2"));
    assertThat(row(january, "stage", "IN_COPY_EDITING").get("entered")).isEqualTo(0L);
  }

  @Test
  void theTrendIsByMonth() {
    Figure trend = analytics.figure(AUDITOR, FigureKind.STAGE_TREND, analytics.filter("2025-01-01", "2025-02-28", "87",
        null, "HEALTHCARE"));
    Map<String, Object> january = trend.rows().stream()
        .filter(r -> r.get("month").equals("2025-01") && r.get("stage").equals("SUBMITTED")).findFirst().orElseThrow();
    assertThat(january.get("entered")).isEqualTo(2L);
    assertThat(january.get("medianHours")).isEqualTo(new BigDecimal("24.5"));
    assertThat(trend.rows()).extracting(r -> r.get("month")).containsOnly("2025-01", "2025-02");
  }

  @Test
  void replicationOutcomesByRegionAndPractice() {
    for (String status : List.of("REQUESTED", "IMPLEMENTING", "IMPLEMENTED", "EVALUATION_SUBMITTED", "EVALUATED",
        "ABANDONED", "REJECTED")) {
      request(published, status, "2025-03-01T00:00");
    }
    request(published, "EVALUATED", "2024-03-01T00:00");
    Figure replications = analytics.figure(AUDITOR, FigureKind.REPLICATIONS, chukotkaHealthcare2025());
    assertThat(replications.rows()).hasSize(1);
    Map<String, Object> row = replications.rows().get(0);
    assertThat(row).containsEntry("practice", published).containsEntry("requested", 7L)
        .containsEntry("inProgress", 2L).containsEntry("implemented", 2L).containsEntry("evaluated", 1L)
        .containsEntry("abandoned", 1L).containsEntry("rejected", 1L).containsEntry("regionName",
            "Чукотский автономный округ");
    request(practice("HEALTHCARE", "PUBLISHED", true, "SUBMITTED 2025-01-02T00:00"), "REQUESTED", "2025-04-01T00:00");
    assertThat(analytics.figure(AUDITOR, FigureKind.REPLICATIONS, chukotkaHealthcare2025()).rows()).hasSize(2);
    Figure byRegion = analytics.figure(AUDITOR, FigureKind.REPLICATION_REGIONS, chukotkaHealthcare2025());
    assertThat(byRegion.rows()).singleElement().satisfies(r -> assertThat(r).containsEntry("region", "87")
        .containsEntry("requested", 8L).containsEntry("inProgress", 3L).doesNotContainKey("practice"));
    assertThat(byRegion.columns()).extracting(Figure.Column::key).doesNotContain("practiceTitle");
  }

  @Test
  void quarterlyReportsOnTimeAndLate() {
    report(2025, 1, "2025-04-15", "2025-04-15T10:00");
    report(2025, 2, "2025-07-15", "2025-07-16T08:00");
    report(2025, 3, "2025-10-15", null);
    report(2025, 4, "2026-01-15", null);
    Figure reports = analytics.figure(AUDITOR, FigureKind.QUARTERLY_REPORTS,
        analytics.filter("2025-01-01", "2026-12-31", "87", null, null));
    assertThat(reports.rows()).singleElement().satisfies(r -> assertThat(r).containsEntry("reports", 4L)
        .containsEntry("onTime", 1L).containsEntry("late", 2L).containsEntry("pending", 1L));
  }

  @Test
  void expertsLoadAndAverageScore() {
    jdbc.update("insert into expert (user_id, full_name, region_code) values ('analytics-87', 'Эксперт Чукотки', '87')");
    assign(published, "ASSESSED", false, "2025-01-12T00:00");
    assign(published, "ASSIGNED", false, "2025-01-13T00:00");
    assign(published, "CANCELLED", true, "2025-01-14T00:00");
    assess(published, 1, 4, "2025-01-15T00:00");
    assess(published, 2, 5, "2025-01-16T00:00");
    Figure experts = analytics.figure(AUDITOR, FigureKind.EXPERTS, chukotkaHealthcare2025());
    assertThat(row(experts, "expert", "analytics-87")).containsEntry("openNow", 1L).containsEntry("assigned", 3L)
        .containsEntry("missed", 1L).containsEntry("assessed", 2L)
        .containsEntry("averageScore", new BigDecimal("4.5"));
  }

  @Test
  void aWrongFilterNamesEachField() {
    assertThatThrownBy(() -> analytics.filter("2025-13-01", "2025-01-01x", "99", "Марс", "SPACE"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldMessage::field).containsExactly("from", "to", "region", "district", "category"));
    assertThatThrownBy(() -> analytics.filter("2025-02-01", "2025-01-01", null, null, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldMessage::field).containsExactly("to"));
    assertThatThrownBy(() -> analytics.filter(null, null, "8'; drop table practice; --", null, null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void onlyAuditorsAndAsiRolesReadTheFigures() {
    AnalyticsFilter all = analytics.filter(null, null, null, null, null);
    for (String group : List.of(Groups.EXPERTS, Groups.ASI_EDITORS, "region-87-officials", "region-87-coordinators")) {
      assertThatThrownBy(() -> analytics.figure(CurrentUser.of("someone", List.of(group)), FigureKind.FUNNEL, all))
          .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
    assertThatThrownBy(() -> analytics.figure(null, FigureKind.FUNNEL, all))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    for (String group : AnalyticsService.READERS) {
      assertThat(analytics.figure(CurrentUser.of("someone", List.of(group)), FigureKind.FUNNEL, all).rows()).hasSize(6);
    }
  }

  static Map<String, Object> row(Figure figure, String key, Object value) {
    return figure.rows().stream().filter(r -> value.equals(r.get(key))).findFirst().orElseThrow();
  }

  static Timestamp at(String local) {
    return Timestamp.from(LocalDateTime.parse(local).toInstant(ZoneOffset.UTC));
  }

  long practice(String category, String status, boolean eligible, String... changes) {
    Timestamp created = at(changes[0].split(" ")[1]);
    jdbc.update("insert into practice (version, status, title, category_code, region_code, created_by, created_at, "
        + "updated_at) values (0, ?, 'Практика Чукотки', ?, '87', 'official87', ?, ?)", status, category, created,
        created);
    long id = jdbc.queryForObject("select max(id) from practice", Long.class);
    for (String change : changes) {
      String[] parts = change.split(" ");
      jdbc.update("insert into practice_status_change (practice_id, status, changed_by, changed_at) "
          + "values (?, ?, 'official87', ?)", id, parts[0], at(parts[1]));
    }
    if (eligible) {
      jdbc.update("insert into practice_eligibility_ground (practice_id, condition_code, ground, rating_year) "
          + "values (?, 'ASI_PROJECT', 'Проекты АСИ', 2024)", id);
    }
    return id;
  }

  void request(long practice, String status, String created) {
    jdbc.update("insert into replication_request (version, practice_id, recipient_region, responsible_body, "
        + "official_id, official_position, position_level, organisation, contact_email, declaration_studied, "
        + "declaration_ready, declaration_cooperate, status, created_at, updated_at) values (0, ?, '87', 'Департамент', "
        + "'official87', 'Директор', 'HEAD_OF_EXECUTIVE_BODY', 'Департамент', 'a@b.ru', true, true, true, ?, ?, ?)",
        practice, status, at(created), at(created));
  }

  void report(int year, int quarter, String deadline, String consolidated) {
    jdbc.update("insert into quarterly_report (region_code, report_year, quarter, status, deadline, started_by, "
        + "started_at, consolidated_at) values ('87', ?, ?, ?, ?, 'coordinator87', ?, ?)", year, quarter,
        consolidated == null ? "COLLECTING" : "CONSOLIDATED", java.sql.Date.valueOf(deadline),
        at(deadline + "T00:00").toInstant().minusSeconds(30 * 86400) == null ? null
            : Timestamp.from(at(deadline + "T00:00").toInstant().minusSeconds(30 * 86400)),
        consolidated == null ? null : at(consolidated));
  }

  void assign(long practice, String status, boolean taskDeleted, String at) {
    jdbc.update("insert into expert_assignment (practice_id, round, expert_id, status, assigned_by, assigned_at, "
        + "task_deleted) values (?, 1, 'analytics-87', ?, 'moderator1', ?, ?)", practice, status, at(at), taskDeleted);
  }

  void assess(long practice, int round, int score, String at) {
    jdbc.update("insert into expert_assessment (practice_id, round, expert_id, novelty, relevance, efficiency, "
        + "replicability, social_significance, coverage, measurable_results, assessment_comment, assessed_at) "
        + "values (?, ?, 'analytics-87', ?, ?, ?, ?, ?, ?, ?, 'Оценка', ?)", practice, round, score, score, score,
        score, score, score, score, at(at));
  }
}
