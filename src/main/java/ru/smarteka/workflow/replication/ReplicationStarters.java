package ru.smarteka.workflow.replication;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.identity.StartableProcess;

/** Who may start {@code ReplicationProcess.KEY} themselves (its start listener checks the rest). */
@Configuration(proxyBeanMethods = false)
class ReplicationStarters {

  @Bean
  StartableProcess replicationStart() {
    return new StartableProcess(ReplicationProcess.KEY, Groups.RegionalRole.OFFICIALS);
  }
}
