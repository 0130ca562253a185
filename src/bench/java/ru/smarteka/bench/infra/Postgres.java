package ru.smarteka.bench.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The shared PostgreSQL server: throw-away databases (created per run, dropped at the end, even after a failure)
 * and a look at how many connections are in use.
 */
public final class Postgres implements AutoCloseable {

  private final Config config;
  private final List<String> created = new ArrayList<>();

  public Postgres(Config config) {
    this.config = config;
  }

  public String url(String database) {
    return "jdbc:postgresql://" + config.pgHost() + ":" + config.pgPort() + "/" + database;
  }

  public Connection connect(String database) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", config.pgUser());
    props.setProperty("password", config.pgPassword());
    return DriverManager.getConnection(url(database), props);
  }

  /** A new empty database, dropped by {@link #close()}. */
  public synchronized String createDatabase(String prefix) throws SQLException {
    String name = ("bench_" + prefix + "_" + Long.toString(System.currentTimeMillis(), 36) + "_"
        + ProcessHandle.current().pid()).toLowerCase().replaceAll("[^a-z0-9_]", "_");
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute("create database " + name);
    }
    created.add(name);
    return name;
  }

  public synchronized void dropDatabase(String name) {
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
      created.remove(name);
    } catch (SQLException e) {
      System.err.println("bench: could not drop database " + name + ": " + e.getMessage());
    }
  }

  /** Connections in use on the server and its limit. */
  public int[] connectionsInUse() throws SQLException {
    try (Connection c = connect("postgres"); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select (select count(*) from pg_stat_activity), "
            + "current_setting('max_connections')::int")) {
      rs.next();
      return new int[] {rs.getInt(1), rs.getInt(2)};
    }
  }

  public String serverVersion() {
    try (Connection c = connect("postgres"); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("show server_version")) {
      rs.next();
      return "PostgreSQL " + rs.getString(1);
    } catch (SQLException e) {
      return "PostgreSQL (version unknown)";
    }
  }

  @Override
  public synchronized void close() {
    for (String name : List.copyOf(created)) {
      dropDatabase(name);
    }
  }
}
