package ru.smarteka.workflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Indexes and planner statistics for Tasklist's group filters (issue 12, lever 5), on the engine's own tables. The
 * engine creates its tables when it starts, after Flyway, so they are added here, once the engine runs, and only when
 * missing ({@code if not exists}); on PostgreSQL without blocking writes ({@code concurrently}).
 *
 * <p>A group filter's page asks for the tasks with a candidate link to the group, joined with the authorizations of
 * the person and their groups on the task or its process ({@code resource_id_ in (task, process key, '*')}), newest
 * first. Measured on PostgreSQL with 100,000 open tasks (15,000 for the ASI moderators, 57 for an Amur secretary):
 * the moderators' page of 15 took about 105 ms and of 50 about 130 ms without these, about 30 ms with all of them;
 * the secretary's page 33 → 18 ms and count 27 → 18 ms. Each one alone does not pay: the planner misjudges how many
 * authorization rows a bit test on {@code perms_} keeps (it guesses 44 of 15,000) until it has statistics on those
 * expressions. The moderators' count stays slow (seconds): README «Benchmarks» says why.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TasklistIndexes implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TasklistIndexes.class);

  /** A candidate group's tasks: the filter's join from the group to its tasks, read from the index alone. */
  static final String GROUP_TASKS = "smarteka_idx_ident_group_task";
  /** The authorization of a task, process or everything, for a person or a group, read from the index alone. */
  static final String AUTHORIZATION_RESOURCE = "smarteka_idx_auth_resource_group";

  private static final List<String> INDEXES = List.of(
      GROUP_TASKS + " on act_ru_identitylink (group_id_, type_, task_id_)",
      AUTHORIZATION_RESOURCE + " on act_ru_authorization (resource_id_, group_id_, resource_type_, perms_)");

  /** PostgreSQL only: what the planner needs to know of the permission bits and of grants by group and type. */
  static final List<String> STATISTICS = List.of(
      "smarteka_auth_perms on (perms_ & 2), (perms_ & 64) from act_ru_authorization",
      "smarteka_auth_groups (dependencies, mcv) on type_, group_id_, resource_type_ from act_ru_authorization");

  private final DataSource dataSource;

  TasklistIndexes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void run(ApplicationArguments args) {
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
      connection.setAutoCommit(true);
      boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      for (String index : INDEXES) {
        sql.execute("create index " + (postgres ? "concurrently " : "") + "if not exists " + index);
      }
      if (postgres) {
        for (String statistics : STATISTICS) {
          sql.execute("create statistics if not exists " + statistics);
        }
        sql.execute("analyze act_ru_identitylink, act_ru_authorization");
      }
    } catch (SQLException e) {
      // a database user without the right to change the engine's tables: Tasklist works, only slower
      log.warn("Tasklist's indexes were not added: {}", e.getMessage());
    }
  }
}
