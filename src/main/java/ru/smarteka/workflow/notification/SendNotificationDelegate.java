package ru.smarteka.workflow.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.BusinessKeys;

/** «Отправить письмо» of {@code notification-delivery}: sends the batch of queued mails the instance is about. */
@Component("sendNotification")
class SendNotificationDelegate implements JavaDelegate {

  private final MailDelivery delivery;

  SendNotificationDelegate(MailDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // mail-<batch>; a delivery started before the keys had a prefix has the bare number
    Long batch = BusinessKeys.idOf(BusinessKeys.MAIL, execution.getProcessBusinessKey());
    if (batch == null) {
      throw new IllegalStateException("Delivery " + execution.getProcessInstanceId() + " names no batch: "
          + execution.getProcessBusinessKey());
    }
    delivery.sendBatch(batch);
  }
}
