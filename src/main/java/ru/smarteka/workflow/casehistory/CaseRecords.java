package ru.smarteka.workflow.casehistory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.practice.PracticeStatus;
import ru.smarteka.workflow.replication.ReplicationDocumentKind;
import ru.smarteka.workflow.replication.ReplicationStatus;

/**
 * What our own tables know of cases, read with SQL (a read model: no entity of another module is loaded). The search
 * is one {@code union all} of the three kinds, each filtered by its indexed region and status columns, sorted newest
 * first and paged in the database; a timeline's rows come by the case's id from indexed child tables.
 */
@Component
class CaseRecords {

  static final String REPORT_TITLE = "concat('Квартальный отчёт за ', q.quarter, ' квартал ', q.report_year)";

  private final NamedParameterJdbcTemplate jdbc;

  CaseRecords(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One page of the cases that match, newest change first, and how many match in all. */
  CasePage search(CaseQuery query) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    List<String> branches = new ArrayList<>();
    for (CaseKind kind : CaseKind.values()) {
      if (query.kind() == null || query.kind() == kind) {
        branch(kind, query, params).ifPresent(branches::add);
      }
    }
    if (branches.isEmpty()) {
      return new CasePage(List.of(), query.page(), query.size(), 0);
    }
    String union = String.join(" union all ", branches);
    Long total = jdbc.queryForObject("select count(*) from (" + union + ") c", params, Long.class);
    params.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
    List<CaseSummary> items = jdbc.query("select c.* from (" + union + ") c"
        + " order by c.changed_at desc, c.kind, c.id offset :offset rows fetch next :limit rows only",
        params, (rs, n) -> summary(rs));
    return new CasePage(items, query.page(), query.size(), total == null ? 0 : total);
  }

  /**
   * The SQL of one kind, or none when the status asked for is not one of this kind's. A text that is a number
   * matches the case's number too; any text matches a part of the title, case-insensitively.
   */
  private Optional<String> branch(CaseKind kind, CaseQuery query, MapSqlParameterSource params) {
    String table;
    String select;
    String region;
    String title;
    switch (kind) {
      case PRACTICE -> {
        table = "practice p join region r on r.code = p.region_code";
        select = "select 'PRACTICE' as kind, p.id, p.title, p.region_code, r.name as region_name, p.status,"
            + " p.updated_at as changed_at";
        region = "p.region_code";
        title = "p.title";
      }
      case REPLICATION -> {
        table = "replication_request q join practice p on p.id = q.practice_id"
            + " join region r on r.code = q.recipient_region";
        select = "select 'REPLICATION' as kind, q.id, p.title, q.recipient_region as region_code,"
            + " r.name as region_name, q.status, q.updated_at as changed_at";
        region = "q.recipient_region";
        title = "p.title";
      }
      default -> {
        table = "quarterly_report q join region r on r.code = q.region_code";
        select = "select 'REPORT' as kind, q.id, " + REPORT_TITLE + " as title, q.region_code,"
            + " r.name as region_name, q.status, coalesce(q.consolidated_at, q.started_at) as changed_at";
        region = "q.region_code";
        title = REPORT_TITLE;
      }
    }
    String alias = kind == CaseKind.PRACTICE ? "p" : "q";
    List<String> where = new ArrayList<>();
    if (query.regionCode() != null) {
      where.add(region + " = :region");
      params.addValue("region", query.regionCode());
    }
    if (query.status() != null) {
      if (!statusesOf(kind).contains(query.status())) {
        return Optional.empty();
      }
      where.add(alias + ".status = :status");
      params.addValue("status", query.status());
    }
    if (query.text() != null) {
      String text = query.text();
      params.addValue("pattern", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
      String match = "lower(" + title + ") like :pattern escape '\\'";
      if (text.chars().allMatch(Character::isDigit) && text.length() <= 18) {
        params.addValue("number", Long.parseLong(text));
        match = "(" + alias + ".id = :number or " + match + ")";
      }
      where.add(match);
    }
    return Optional.of(select + " from " + table + (where.isEmpty() ? "" : " where " + String.join(" and ", where)));
  }

  static List<String> statusesOf(CaseKind kind) {
    return switch (kind) {
      case PRACTICE -> Arrays.stream(PracticeStatus.values()).map(Enum::name).toList();
      case REPLICATION -> Arrays.stream(ReplicationStatus.values()).map(Enum::name).toList();
      case REPORT -> List.of(REPORT_COLLECTING, REPORT_CONSOLIDATED);
    };
  }

  static final String REPORT_COLLECTING = "COLLECTING";
  static final String REPORT_CONSOLIDATED = "CONSOLIDATED";

  static String statusLabel(CaseKind kind, String status) {
    try {
      return switch (kind) {
        case PRACTICE -> PracticeStatus.valueOf(status).label();
        case REPLICATION -> ReplicationStatus.valueOf(status).label();
        case REPORT -> REPORT_CONSOLIDATED.equals(status) ? "сводный отчёт сформирован" : "собираются отчёты органов";
      };
    } catch (IllegalArgumentException e) {
      return status;
    }
  }

  /** The case itself, with the id of the process instance that runs it (null before it started). */
  Optional<Bound> find(CaseKind kind, long id) {
    String sql = switch (kind) {
      case PRACTICE -> "select 'PRACTICE' as kind, p.id, p.title, p.region_code, r.name as region_name, p.status,"
          + " p.updated_at as changed_at, p.publication_instance_id as instance_id"
          + " from practice p join region r on r.code = p.region_code where p.id = :id";
      case REPLICATION -> "select 'REPLICATION' as kind, q.id, p.title, q.recipient_region as region_code,"
          + " r.name as region_name, q.status, q.updated_at as changed_at, q.process_instance_id as instance_id"
          + " from replication_request q join practice p on p.id = q.practice_id"
          + " join region r on r.code = q.recipient_region where q.id = :id";
      case REPORT -> "select 'REPORT' as kind, q.id, " + REPORT_TITLE + " as title, q.region_code,"
          + " r.name as region_name, q.status, coalesce(q.consolidated_at, q.started_at) as changed_at,"
          + " q.process_instance_id as instance_id"
          + " from quarterly_report q join region r on r.code = q.region_code where q.id = :id";
    };
    return jdbc.query(sql, new MapSqlParameterSource("id", id),
        (rs, n) -> new Bound(summary(rs), rs.getString("instance_id"))).stream().findFirst();
  }

  /** A case and the process instance bound to it by our tables. */
  record Bound(CaseSummary summary, String instanceId) {
  }

  /** Every recorded status change, or for a report its start, each body's part and its consolidation. */
  List<CaseTimeline.StatusChange> statusChanges(CaseKind kind, long id) {
    MapSqlParameterSource params = new MapSqlParameterSource("id", id);
    return switch (kind) {
      case PRACTICE -> jdbc.query("select status, changed_by, changed_at, reason from practice_status_change"
          + " where practice_id = :id order by changed_at, id", params, (rs, n) -> new CaseTimeline.StatusChange(
              instant(rs, "changed_at"), rs.getString("status"),
              statusLabel(CaseKind.PRACTICE, rs.getString("status")), rs.getString("changed_by"),
              rs.getString("reason")));
      case REPLICATION -> jdbc.query("select kind, actor, happened_at, note from replication_event"
          + " where request_id = :id order by happened_at, id", params, (rs, n) -> new CaseTimeline.StatusChange(
              instant(rs, "happened_at"), rs.getString("kind"), replicationEventLabel(rs.getString("kind")),
              rs.getString("actor"), rs.getString("note")));
      case REPORT -> {
        List<CaseTimeline.StatusChange> changes = new ArrayList<>();
        jdbc.query("select started_by, started_at, consolidated_by, consolidated_at, coordinator_note"
            + " from quarterly_report where id = :id", params, rs -> {
              changes.add(new CaseTimeline.StatusChange(instant(rs, "started_at"), REPORT_COLLECTING,
                  "сбор отчётов органов начат", rs.getString("started_by"), null));
              if (rs.getTimestamp("consolidated_at") != null) {
                changes.add(new CaseTimeline.StatusChange(instant(rs, "consolidated_at"), REPORT_CONSOLIDATED,
                    statusLabel(CaseKind.REPORT, REPORT_CONSOLIDATED), rs.getString("consolidated_by"),
                    rs.getString("coordinator_note")));
              }
            });
        jdbc.query("select body_name, submitted_by, submitted_at, corrections from quarterly_body_report"
            + " where report_id = :id order by submitted_at, id", params, rs -> {
              changes.add(new CaseTimeline.StatusChange(instant(rs, "submitted_at"), "BODY_REPORTED",
                  "отчёт органа представлен: " + rs.getString("body_name"), rs.getString("submitted_by"),
                  rs.getString("corrections")));
            });
        changes.sort(java.util.Comparator.comparing(CaseTimeline.StatusChange::at));
        yield changes;
      }
    };
  }

  static String replicationEventLabel(String kind) {
    try {
      return "статус: " + ReplicationStatus.valueOf(kind).label();
    } catch (IllegalArgumentException notAStatus) {
      if (kind.startsWith("AUTHORITY_")) {
        return "проверка полномочий заявителя: " + kind.substring("AUTHORITY_".length());
      }
      return switch (kind) {
        case "MODERATOR_ASSIGNED" -> "назначен модератор внедрения";
        case "DOCUMENT_UPLOADED" -> "загружен документ";
        case "PROGRESS_REPORTED" -> "отчёт о ходе внедрения";
        case "PROGRESS_COMPLETE" -> "отчёт о завершении внедрения";
        case "MILESTONE_REMINDER" -> "напоминание о сроке этапа дорожной карты";
        default -> kind;
      };
    }
  }

  List<CaseTimeline.Document> documents(CaseKind kind, long id) {
    MapSqlParameterSource params = new MapSqlParameterSource("id", id);
    return switch (kind) {
      case PRACTICE -> jdbc.query("select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at"
          + " from practice_document where practice_id = :id order by uploaded_at, id", params,
          (rs, n) -> new CaseTimeline.Document(rs.getLong("id"), rs.getString("file_name"), "Документ практики",
              rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
              instant(rs, "uploaded_at")));
      case REPLICATION -> jdbc.query("select id, kind, file_name, content_type, size_bytes, uploaded_by,"
          + " uploaded_at from replication_document where request_id = :id order by uploaded_at, id", params,
          (rs, n) -> new CaseTimeline.Document(rs.getLong("id"), rs.getString("file_name"),
              documentKind(rs.getString("kind")), rs.getString("content_type"), rs.getLong("size_bytes"),
              rs.getString("uploaded_by"), instant(rs, "uploaded_at")));
      case REPORT -> jdbc.query("select f.format, f.file_name, f.content_type, octet_length(f.data) as size_bytes,"
          + " f.generated_at, q.consolidated_by from quarterly_report_file f"
          + " join quarterly_report q on q.id = f.report_id where f.report_id = :id order by f.generated_at",
          params, (rs, n) -> new CaseTimeline.Document(n + 1L, rs.getString("file_name"),
              "Сводный отчёт (" + rs.getString("format") + ")", rs.getString("content_type"),
              rs.getLong("size_bytes"), rs.getString("consolidated_by"), instant(rs, "generated_at")));
    };
  }

  private static String documentKind(String kind) {
    try {
      return ReplicationDocumentKind.valueOf(kind).label();
    } catch (IllegalArgumentException e) {
      return kind;
    }
  }

  /** A practice's replication requests; a request's practice. */
  List<CaseTimeline.Related> related(CaseKind kind, long id) {
    MapSqlParameterSource params = new MapSqlParameterSource("id", id);
    return switch (kind) {
      case PRACTICE -> jdbc.query("select q.id, r.name, q.status from replication_request q"
          + " join region r on r.code = q.recipient_region where q.practice_id = :id order by q.id", params,
          (rs, n) -> new CaseTimeline.Related(CaseKind.REPLICATION.path(), CaseKind.REPLICATION.label(),
              rs.getLong("id"), "Заявка региона: " + rs.getString("name"),
              statusLabel(CaseKind.REPLICATION, rs.getString("status"))));
      case REPLICATION -> jdbc.query("select p.id, p.title, p.status from replication_request q"
          + " join practice p on p.id = q.practice_id where q.id = :id", params,
          (rs, n) -> new CaseTimeline.Related(CaseKind.PRACTICE.path(), CaseKind.PRACTICE.label(),
              rs.getLong("id"), rs.getString("title"), statusLabel(CaseKind.PRACTICE, rs.getString("status"))));
      case REPORT -> List.of();
    };
  }

  /** A mail row as the outbox keeps it, with the number of its delivery batch. */
  record MailRow(CaseTimeline.Mail mail, long batchId) {
  }

  /** The mails about the case's tasks, and the mails that link to the case itself (decisions, reminders). */
  List<MailRow> mails(Collection<String> taskIds, Collection<String> links) {
    if (taskIds.isEmpty() && links.isEmpty()) {
      return List.of();
    }
    List<String> where = new ArrayList<>();
    MapSqlParameterSource params = new MapSqlParameterSource();
    if (!taskIds.isEmpty()) {
      where.add("task_id in (:tasks)");
      params.addValue("tasks", taskIds);
    }
    if (!links.isEmpty()) {
      where.add("link in (:links)");
      params.addValue("links", links);
    }
    return jdbc.query("select id, kind, template, recipient_user, subject, status, created_at, sent_at, task_id,"
        + " coalesce(batch_id, id) as batch_id from notification where " + String.join(" or ", where)
        + " order by created_at, id", params, (rs, n) -> new MailRow(new CaseTimeline.Mail(rs.getLong("id"),
            mailKind(rs.getString("kind")), rs.getString("template"), rs.getString("recipient_user"),
            rs.getString("subject"), rs.getString("status"), mailStatus(rs.getString("status")),
            instant(rs, "created_at"), instant(rs, "sent_at"), rs.getString("task_id"), null),
            rs.getLong("batch_id")));
  }

  private static String mailKind(String kind) {
    return switch (kind) {
      case "TASK" -> "о новой задаче";
      case "DECISION" -> "о решении";
      case "REMINDER" -> "напоминание о сроке";
      case "ESCALATION" -> "о просрочке";
      default -> kind;
    };
  }

  private static String mailStatus(String status) {
    return switch (status) {
      case "QUEUED" -> "в очереди";
      case "SENDING" -> "отправляется";
      case "SENT" -> "отправлено";
      case "UNCERTAIN" -> "неизвестно, ушло ли (проверяет администратор)";
      case "SKIPPED" -> "не отправлено: получатель отключил напоминания";
      default -> status;
    };
  }

  /** The codes and names of the regions, for the search's filter. */
  List<String[]> regions() {
    return jdbc.query("select code, name from region order by name", (rs, n) ->
        new String[] {rs.getString("code"), rs.getString("name")});
  }

  private static CaseSummary summary(ResultSet rs) throws SQLException {
    CaseKind kind = CaseKind.valueOf(rs.getString("kind"));
    String status = rs.getString("status");
    return new CaseSummary(kind.path(), kind.label(), rs.getLong("id"), rs.getString("title"),
        rs.getString("region_code"), rs.getString("region_name"), status, statusLabel(kind, status),
        instant(rs, "changed_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
