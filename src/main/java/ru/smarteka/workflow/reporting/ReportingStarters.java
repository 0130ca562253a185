package ru.smarteka.workflow.reporting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.identity.StartableProcess;

/** Who may start {@code QuarterlyReportProcess.KEY} themselves (its start listener checks the rest). */
@Configuration(proxyBeanMethods = false)
class ReportingStarters {

  @Bean
  StartableProcess reportingStart() {
    return new StartableProcess(QuarterlyReportProcess.KEY, Groups.RegionalRole.COORDINATORS);
  }
}
