package ru.smarteka.bench.probe;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * The benchmark's statement counter, the same on both sides (the application and the bare engine): a JDBC driver
 * that hands every call to PostgreSQL's driver and counts, per JVM, the SQL statements the database runs (each
 * element of a batch is one), the round trips that carry them (an execute or a whole batch) and the commits. It is
 * put on the class path of the benchmarked JVM only (Spring Boot's {@code loader.path}) and chosen with
 * {@code spring.datasource.driver-class-name}; the URL stays PostgreSQL's. The counts are read over HTTP on the
 * loopback port {@code -Dbench.probe.port}: {@code GET /} answers {@code statements roundTrips commits}.
 */
public final class CountingDriver implements Driver {

  static final LongAdder STATEMENTS = new LongAdder();
  static final LongAdder ROUND_TRIPS = new LongAdder();
  static final LongAdder COMMITS = new LongAdder();

  private static final Driver TARGET = new org.postgresql.Driver();

  static {
    String port = System.getProperty("bench.probe.port");
    if (port != null) {
      try {
        HttpServer server = HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(port)), 0);
        server.createContext("/", exchange -> {
          byte[] body = (STATEMENTS.sum() + " " + ROUND_TRIPS.sum() + " " + COMMITS.sum() + "\n")
              .getBytes(StandardCharsets.US_ASCII);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
        Thread thread = new Thread(server::start, "bench-probe");
        thread.setDaemon(true);
        thread.start();
      } catch (IOException e) {
        throw new IllegalStateException("bench probe: cannot listen on port " + port, e);
      }
    }
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    Connection connection = TARGET.connect(url, info);
    return connection == null ? null : wrap(Connection.class, connection, new ConnectionHandler(connection));
  }

  @Override
  public boolean acceptsURL(String url) throws SQLException {
    return TARGET.acceptsURL(url);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    return TARGET.getPropertyInfo(url, info);
  }

  @Override
  public int getMajorVersion() {
    return TARGET.getMajorVersion();
  }

  @Override
  public int getMinorVersion() {
    return TARGET.getMinorVersion();
  }

  @Override
  public boolean jdbcCompliant() {
    return TARGET.jdbcCompliant();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return TARGET.getParentLogger();
  }

  @SuppressWarnings("unchecked")
  private static <T> T wrap(Class<T> type, Object target, InvocationHandler handler) {
    return (T) Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** A connection whose statements are counted, and its commits. */
  private static final class ConnectionHandler implements InvocationHandler {
    private final Connection target;

    ConnectionHandler(Connection target) {
      this.target = target;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("unwrap") && args[0] instanceof Class<?> c && c.isInstance(proxy)) {
        return proxy;
      }
      Object result = CountingDriver.invoke(target, method, args);
      if (name.equals("commit")) {
        COMMITS.increment();
        ROUND_TRIPS.increment();
      } else if (name.equals("rollback")) {
        ROUND_TRIPS.increment();
      } else if (result instanceof CallableStatement s) {
        return wrap(CallableStatement.class, s, new StatementHandler(s));
      } else if (result instanceof PreparedStatement s) {
        return wrap(PreparedStatement.class, s, new StatementHandler(s));
      } else if (result instanceof Statement s) {
        return wrap(Statement.class, s, new StatementHandler(s));
      }
      return result;
    }
  }

  /** Counts executions: one statement and one round trip each; a batch is one round trip of its elements. */
  private static final class StatementHandler implements InvocationHandler {
    private final Statement target;
    private int batched;

    StatementHandler(Statement target) {
      this.target = target;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      switch (name) {
        case "addBatch" -> batched++;
        case "clearBatch" -> batched = 0;
        case "executeBatch", "executeLargeBatch" -> {
          STATEMENTS.add(batched);
          ROUND_TRIPS.increment();
          batched = 0;
        }
        case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> {
          STATEMENTS.increment();
          ROUND_TRIPS.increment();
        }
        default -> {
          if (name.equals("unwrap") && args[0] instanceof Class<?> c && c.isInstance(proxy)) {
            return proxy;
          }
        }
      }
      return CountingDriver.invoke(target, method, args);
    }
  }
}
