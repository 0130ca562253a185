package ru.smarteka.workflow.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The suite runs on in-memory H2 by default; with {@code SMARTEKA_TEST_DB=postgres} (and {@code SMARTEKA_DB_URL}
 * etc.) the same suite runs against PostgreSQL. The demo profile is on in both: tests log in as the demo users.
 */
public class TestProfiles implements ActiveProfilesResolver {

  public static boolean onPostgres() {
    return "postgres".equalsIgnoreCase(System.getenv("SMARTEKA_TEST_DB"));
  }

  @Override
  public String[] resolve(Class<?> testClass) {
    return onPostgres() ? new String[] {"postgres", "test", "demo"} : new String[] {"test", "test-h2", "demo"};
  }
}
