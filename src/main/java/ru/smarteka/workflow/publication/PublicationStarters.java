package ru.smarteka.workflow.publication;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.identity.StartableProcess;

/** Who may start {@code PublicationProcess.KEY} themselves (its start listener checks the rest). */
@Configuration(proxyBeanMethods = false)
class PublicationStarters {

  @Bean
  StartableProcess publicationStart() {
    return new StartableProcess(PublicationProcess.KEY, Groups.RegionalRole.OFFICIALS);
  }
}
