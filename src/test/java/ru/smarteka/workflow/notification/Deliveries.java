package ru.smarteka.workflow.notification;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import ru.smarteka.workflow.engine.BusinessKeys;

/**
 * Runs the delivery job of a queued notification's batch as the job executor would (tests run no job executor).
 */
final class Deliveries {

  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  Deliveries(RuntimeService runtimeService, ManagementService managementService) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  ProcessInstance instance(Notification notification) {
    if (notification.batchId() == null) {
      return null;   // a skipped mail joins no batch: nothing delivers it
    }
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationDelivery.KEY)
        .processInstanceBusinessKey(BusinessKeys.mail(notification.batchId())).singleResult();
  }

  Job job(Notification notification) {
    ProcessInstance instance = instance(notification);
    if (instance == null) {
      throw new AssertionError("No delivery running for notification " + notification.id());
    }
    return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  void deliver(Notification notification) {
    managementService.executeJob(job(notification).getId());
  }

  /** Runs the delivery of each batch these notifications are in, once. */
  void deliver(List<Notification> notifications) {
    notifications.stream().map(Notification::batchId).distinct()
        .forEach(batch -> deliver(notifications.stream().filter(n -> n.batchId().equals(batch)).findFirst()
            .orElseThrow()));
  }
}
