package ru.smarteka.workflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.engine.EngineAsApplication;
import ru.smarteka.workflow.system.ConflictException;
import ru.smarteka.workflow.system.NotFoundException;

/**
 * What an administrator decides about a mail whose delivery may or may not have reached the mail server
 * ({@code UNCERTAIN}, never sent again by itself): after a look at the mail server's log for its Message-ID, send it
 * again or confirm it arrived. Either way its delivery step is let run once more (it had used up its attempts and
 * waited as an incident): it sends the mail (and whatever of its batch is still queued), or ends seeing it sent.
 */
@Service
@Transactional
public class UncertainMails {

  /** An uncertain mail as an administrator needs it to look it up in the mail server's log. */
  public record UncertainMail(long id, String recipientUser, String recipientEmail, String subject, String messageId,
      Instant createdAt, Instant claimedAt, String reason) {
  }

  /** A mail's state after a decision. */
  public record MailState(long id, String status, String reason) {
  }

  private final NotificationRepository notifications;
  private final MailDelivery delivery;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final IdentityService identityService;
  private final Clock clock;

  UncertainMails(NotificationRepository notifications, MailDelivery delivery, RuntimeService runtimeService,
      ManagementService managementService, IdentityService identityService, Clock clock) {
    this.notifications = notifications;
    this.delivery = delivery;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<UncertainMail> list() {
    return notifications.findByStatusOrderById(NotificationStatus.UNCERTAIN).stream()
        .map(n -> new UncertainMail(n.id(), n.recipientUser(), n.recipientEmail(), n.subject(), delivery.messageId(n),
            n.createdAt(), n.claimedAt(), n.statusReason()))
        .toList();
  }

  /** The mail did not arrive: its delivery sends it (with the same Message-ID). */
  public MailState resend(long id, String administrator) {
    Notification notification = uncertain(id);
    notification.requeue("Отправить снова решил " + administrator + " " + clock.instant() + ".");
    return decided(notification);
  }

  /** The mail did arrive: its delivery ends without sending. */
  public MailState confirmDelivered(long id, String administrator) {
    Notification notification = uncertain(id);
    notification.confirmSent("Доставку подтвердил " + administrator + " " + clock.instant() + ".");
    return decided(notification);
  }

  private Notification uncertain(long id) {
    Notification notification = notifications.findById(id)
        .orElseThrow(() -> new NotFoundException("Нет уведомления " + id));
    if (notification.status() != NotificationStatus.UNCERTAIN) {
      throw new ConflictException("Уведомление " + id + " не ждёт решения: его состояние " + notification.status());
    }
    return notification;
  }

  private MailState decided(Notification notification) {
    EngineAsApplication.run(identityService, () -> {
      // mail-<batch>, or the bare number of a delivery started before the keys had a prefix
      List<String> keys = notification.batchId() == null ? List.of()
          : BusinessKeys.withLegacy(BusinessKeys.MAIL, notification.batchId());
      ProcessInstance instance = keys.stream()
          .map(key -> runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationDelivery.KEY)
              .processInstanceBusinessKey(key).singleResult())
          .filter(java.util.Objects::nonNull).findFirst().orElse(null);
      Job job = instance == null ? null
          : managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
      if (job != null && job.getRetries() == 0) {
        managementService.setJobRetries(job.getId(), 1);
      }
      return null;
    });
    return new MailState(notification.id(), notification.status().name(), notification.statusReason());
  }
}
