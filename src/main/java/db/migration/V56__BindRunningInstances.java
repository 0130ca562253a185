package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Cases running when V55 introduced the process-instance binding get their instance written here: the running
 * root instance of their process whose business key is the case's key, when there is exactly one (a case with
 * several, which only a forged start could have made, stays unbound and its steps are refused until an
 * administrator resolves it). On a new database the engine's tables do not exist yet and there is nothing to bind.
 */
public class V56__BindRunningInstances extends BaseJavaMigration {

  public static final String PRACTICES = """
      update practice set publication_instance_id = (
        select min(e.id_) from act_ru_execution e
        where e.id_ = e.proc_inst_id_ and e.proc_def_id_ like 'practice-publication:%'
          and e.business_key_ = cast(practice.id as varchar(64))
        having count(*) = 1)
      where publication_instance_id is null
        and status in ('SUBMITTED', 'RETURNED_FOR_REVISION', 'IN_EXPERTISE', 'AT_REGIONAL_CONFIRMATION',
                       'IN_COPY_EDITING')""";

  public static final String SUBMITTERS = """
      update practice set submitted_by = (
        select min(c.changed_by) from practice_status_change c
        where c.practice_id = practice.id and c.status = 'SUBMITTED')
      where submitted_by is null and status <> 'DRAFT'""";

  public static final String ROUNDS = """
      update practice set expertise_round = (
        select coalesce(max(a.round), 0) from expert_assignment a where a.practice_id = practice.id)
      where status <> 'DRAFT'""";

  public static final String REQUESTS = """
      update replication_request set process_instance_id = (
        select min(e.id_) from act_ru_execution e
        where e.id_ = e.proc_inst_id_ and e.proc_def_id_ like 'practice-replication:%'
          and e.business_key_ = cast(replication_request.id as varchar(64))
        having count(*) = 1)
      where process_instance_id is null and closed_at is null""";

  public static final String REPORTS = """
      update quarterly_report set process_instance_id = (
        select min(e.id_) from act_ru_execution e
        where e.id_ = e.proc_inst_id_ and e.proc_def_id_ like 'quarterly-report:%'
          and e.business_key_ = quarterly_report.region_code || '-' || cast(quarterly_report.report_year as varchar(4))
              || '-Q' || cast(quarterly_report.quarter as varchar(1))
        having count(*) = 1)
      where process_instance_id is null and status = 'COLLECTING'""";

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(SUBMITTERS);
      statement.executeUpdate(ROUNDS);
      if (engineTablesExist(connection)) {
        statement.executeUpdate(PRACTICES);
        statement.executeUpdate(REQUESTS);
        statement.executeUpdate(REPORTS);
      }
    }
  }

  private static boolean engineTablesExist(Connection connection) throws SQLException {
    // in the schema migrated, not any schema of the database: another schema's engine is not ours to bind to
    DatabaseMetaData meta = connection.getMetaData();
    String schema = connection.getSchema();
    for (String name : new String[] {"ACT_RU_EXECUTION", "act_ru_execution"}) {
      try (ResultSet tables = meta.getTables(connection.getCatalog(), schema, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
