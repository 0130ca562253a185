package ru.smarteka.workflow.reporting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.identity.StartableProcess;

/**
 * The reporting settings, and who may start {@code QuarterlyReportProcess.KEY} themselves (its start listener checks
 * the rest).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingProperties.class)
class ReportingConfiguration {

  @Bean
  StartableProcess reportingStart() {
    return new StartableProcess(QuarterlyReportProcess.KEY, Groups.RegionalRole.COORDINATORS);
  }
}
