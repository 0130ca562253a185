package ru.smarteka.workflow.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * What every integration test shares, so that the whole suite runs in one application context: the application's
 * clock as a {@link MutableClock} (it follows the real time until a test moves it, and the test puts it back), and
 * the {@link DatabaseSwitch}. A test class that adds a bean, a mock or a property of its own makes Spring start a
 * second application and engine: put what a test needs here instead, or drive it through the public API.
 * Process coverage is not asserted per class: {@code src/test/js/coverage-gate.mjs} joins every class's report at
 * {@code verify}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(DatabaseSwitch.class)
public class SharedTestConfiguration {

  @Bean
  @Primary
  MutableClock testClock() {
    return new MutableClock();
  }
}
