package ru.smarteka.workflow.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Cuts the application off its database for a test, as an outage looks from inside: no connection can be had, the
 * pool answering what HikariCP answers when none comes in time. Off by default; the application's data source is
 * wrapped, so the engine and JPA both lose it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DatabaseSwitch {

  private static volatile boolean down;

  /** Runs the work with the database out of reach, and brings it back whatever happens. */
  public static void whileDown(ThrowingRunnable work) throws Exception {
    down = true;
    try {
      work.run();
    } finally {
      down = false;
    }
  }

  public interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Bean
  static BeanPostProcessor databaseSwitchWrapper() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Switched) ? new Switched(dataSource) : bean;
      }
    };
  }

  static final class Switched extends DelegatingDataSource {

    Switched(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      check();
      return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      check();
      return super.getConnection(username, password);
    }

    private static void check() throws SQLException {
      if (down) {
        throw new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=0, active=0, idle=0, "
                + "waiting=0)", "08001");
      }
    }
  }
}
