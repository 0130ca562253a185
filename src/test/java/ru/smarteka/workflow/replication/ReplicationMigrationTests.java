package ru.smarteka.workflow.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import ru.smarteka.workflow.support.TestProfiles;

/**
 * V60 keeps the roadmap versions of the replications recorded before it: each version's submission, return and
 * approval are rebuilt from the request's history, and its roadmap document from the uploads. A database of its own
 * (in-memory H2, or a schema of its own on the suite's PostgreSQL), migrated to V55, filled, then migrated on.
 */
class ReplicationMigrationTests {

  DriverManagerDataSource dataSource;
  JdbcTemplate jdbc;
  String schema;

  @BeforeEach
  void database() {
    if (TestProfiles.onPostgres()) {
      schema = "roadmap_migration_" + UUID.randomUUID().toString().substring(0, 8);
      String url = System.getenv("SMARTEKA_DB_URL");
      dataSource = new DriverManagerDataSource(url, System.getenv("SMARTEKA_DB_USER"),
          System.getenv("SMARTEKA_DB_PASSWORD") == null ? "" : System.getenv("SMARTEKA_DB_PASSWORD"));
      new JdbcTemplate(dataSource).execute("create schema " + schema);
      dataSource.setUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    } else {
      dataSource = new DriverManagerDataSource("jdbc:h2:mem:roadmap-migration-" + UUID.randomUUID()
          + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
    jdbc = new JdbcTemplate(dataSource);
  }

  @AfterEach
  void dropDatabase() {
    if (schema != null) {
      jdbc.execute("drop schema " + schema + " cascade");
    } else {
      jdbc.execute("shutdown");
    }
  }

  void migrateTo(String version) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load().migrate();
  }

  static Timestamp at(int day, int hour) {
    return Timestamp.valueOf(LocalDateTime.of(2026, 3, day, hour, 0));
  }

  void event(long request, String kind, String actor, Timestamp at, String note) {
    jdbc.update("insert into replication_event (request_id, kind, actor, happened_at, note) values (?, ?, ?, ?, ?)",
        request, kind, actor, at, note);
  }

  void milestone(long request, int version, String title) {
    jdbc.update("insert into replication_milestone (request_id, roadmap_version, position, title, due_date, "
        + "responsible) values (?, ?, 1, ?, date '2099-01-01', 'Директор')", request, version, title);
  }

  long document(long request, String kind, Timestamp at) {
    jdbc.update("insert into replication_document (request_id, kind, file_name, content_type, size_bytes, sha256, "
        + "uploaded_by, uploaded_at) values (?, ?, 'Дорожная карта.pdf', 'application/pdf', 1, 'x', 'official72', ?)",
        request, kind, at);
    return jdbc.queryForObject("select max(id) from replication_document", Long.class);
  }

  long request(String status) {
    jdbc.update("insert into replication_request (version, practice_id, recipient_region, responsible_body, "
        + "official_id, official_position, position_level, organisation, contact_email, declaration_studied, "
        + "declaration_ready, declaration_cooperate, status, created_at, updated_at) values (0, ?, '72', 'Департамент', "
        + "'official72', 'Директор', 'HEAD_OF_EXECUTIVE_BODY', 'Департамент', 'a@b.ru', true, true, true, ?, ?, ?)",
        jdbc.queryForObject("select max(id) from practice", Long.class), status, at(1, 9), at(1, 9));
    return jdbc.queryForObject("select max(id) from replication_request", Long.class);
  }

  @Test
  void roadmapVersionsRecordedBeforeAreRebuiltFromTheHistory() {
    migrateTo("55");
    jdbc.update("insert into practice (version, status, title, region_code, created_by, created_at, updated_at) "
        + "values (0, 'PUBLISHED', 'Практика', '28', 'official28', ?, ?)", at(1, 9), at(1, 9));
    long implementing = request("IMPLEMENTATION_RETURNED");
    long first = document(implementing, "ROADMAP", at(2, 9));
    event(implementing, "ROADMAP_SUBMITTED", "official72", at(2, 10), "Первая редакция");
    milestone(implementing, 1, "Веха первой редакции");
    event(implementing, "ROADMAP_RETURNED", "moderator1", at(3, 10), "Добавьте веху");
    long second = document(implementing, "ROADMAP", at(4, 9));
    event(implementing, "ROADMAP_SUBMITTED", "official72", at(4, 10), null);
    milestone(implementing, 2, "Веха второй редакции");
    event(implementing, "IMPLEMENTING", "moderator1", at(5, 10), null);
    event(implementing, "IMPLEMENTATION_RETURNED", "moderator1", at(6, 10), "Нет распоряжения");
    event(implementing, "IMPLEMENTING", "official72", at(7, 10), null);
    long waiting = request("ROADMAP_SUBMITTED");
    event(waiting, "ROADMAP_SUBMITTED", "official72", at(8, 10), null);
    milestone(waiting, 1, "Веха на рассмотрении");

    migrateTo("60");

    List<Map<String, Object>> versions = jdbc.queryForList("select * from replication_roadmap where request_id = ? "
        + "order by version", implementing);
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0)).containsEntry("SUBMITTED_BY", "official72").containsEntry("NOTE", "Первая редакция")
        .containsEntry("DECISION", "RETURNED").containsEntry("DECIDED_BY", "moderator1")
        .containsEntry("REMARKS", "Добавьте веху").containsEntry("DOCUMENT_ID", first);
    assertThat(((Timestamp) versions.get(0).get("SUBMITTED_AT")).toLocalDateTime()).isEqualTo(at(2, 10)
        .toLocalDateTime());
    assertThat(versions.get(1)).containsEntry("DECISION", "APPROVED").containsEntry("DOCUMENT_ID", second)
        .containsEntry("DECIDED_BY", "moderator1");
    assertThat(((Timestamp) versions.get(1).get("DECIDED_AT")).toLocalDateTime()).as("the approval, not the re-report")
        .isEqualTo(at(5, 10).toLocalDateTime());
    assertThat(jdbc.queryForList("select decision, submitted_by from replication_roadmap where request_id = ?",
        waiting)).singleElement().satisfies(row -> {
          assertThat(row.get("DECISION")).isNull();
          assertThat(row.get("SUBMITTED_BY")).isEqualTo("official72");
        });
    assertThat(jdbc.queryForObject("select count(*) from replication_milestone where reminded_at is not null",
        Integer.class)).as("the reminders before mailed nobody: they go out now").isZero();
  }
}
