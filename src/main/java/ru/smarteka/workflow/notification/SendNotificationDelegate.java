package ru.smarteka.workflow.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** «Отправить письмо» of {@code notification-delivery}: sends the batch of queued mails the instance is about. */
@Component("sendNotification")
class SendNotificationDelegate implements JavaDelegate {

  private final MailDelivery delivery;

  SendNotificationDelegate(MailDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    delivery.sendBatch(Long.parseLong(execution.getProcessBusinessKey()));
  }
}
