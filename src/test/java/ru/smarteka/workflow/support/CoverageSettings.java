package ru.smarteka.workflow.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Process test coverage for the Spring tests: a report per test class under
 * {@code target/process-test-coverage/}. Process test classes assert their own figure
 * ({@code ProcessEngineCoverageProperties} must be {@code @Primary} or a threshold is silently ignored).
 */
@TestConfiguration(proxyBeanMethods = false)
class CoverageSettings {

  @Bean
  @Primary
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.Companion.builder().build();
  }
}
