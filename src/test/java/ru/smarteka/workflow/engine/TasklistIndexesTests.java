package ru.smarteka.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.smarteka.workflow.support.IntegrationTest;

/** Tasklist's group filters have their indexes on the engine's tables, and on PostgreSQL the planner's statistics. */
@IntegrationTest
class TasklistIndexesTests {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theGroupFiltersIndexesAreOnTheEnginesTables() throws SQLException {
    assertThat(indexesOf("act_ru_identitylink")).contains(TasklistIndexes.GROUP_TASKS);
    assertThat(indexesOf("act_ru_authorization")).contains(TasklistIndexes.AUTHORIZATION_RESOURCE);
  }

  @Test
  void onPostgresqlThePlannerKnowsThePermissionBits() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      // H2 has no extended statistics: the PostgreSQL run of the suite checks them
      assumeTrue(connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
    }
    assertThat(jdbc.queryForList("select stxname from pg_statistic_ext where stxname like 'smarteka_auth_%'",
        String.class)).containsExactlyInAnyOrder("smarteka_auth_perms", "smarteka_auth_groups");
  }

  private Set<String> indexesOf(String table) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
        try (ResultSet rs = meta.getIndexInfo(null, null, name, false, true)) {
          while (rs.next()) {
            if (rs.getString("INDEX_NAME") != null) {
              names.add(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    }
    return names;
  }
}
