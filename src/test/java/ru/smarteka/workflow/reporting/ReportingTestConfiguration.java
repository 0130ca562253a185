package ru.smarteka.workflow.reporting;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import ru.smarteka.workflow.support.MutableClock;

/** The report tests move the application's clock past a quarter's end, and take every path of both models. */
@TestConfiguration(proxyBeanMethods = false)
class ReportingTestConfiguration {

  @Bean
  @Primary
  MutableClock testClock() {
    return new MutableClock();
  }

  @Bean
  @Primary
  ProcessEngineCoverageProperties reportingCoverage() {
    // the publication, the replication and the mails these tests cause are other classes' business
    return ProcessEngineCoverageProperties.Companion.builder().assertClassCoverageAtLeast(1.0)
        .excludeProcessDefinitionKeys("practice-replication", "notification-delivery", "practice-publication").build();
  }

}
