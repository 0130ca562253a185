package ru.smarteka.workflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.system.NotFoundException;

/**
 * Sends one queued mail and marks it sent. A mail server that is down throws, so the delivery step fails, is retried
 * and ends as an incident. Sending a row that is no longer {@code QUEUED} does nothing (a retried job after a
 * success).
 */
@Service
@Transactional
class MailDelivery {

  private final NotificationRepository notifications;
  private final JavaMailSender mailSender;
  private final String from;
  private final Clock clock;

  MailDelivery(NotificationRepository notifications, JavaMailSender mailSender,
      @Value("${smarteka.mail.from}") String from, Clock clock) {
    this.notifications = notifications;
    this.mailSender = mailSender;
    this.from = from;
    this.clock = clock;
  }

  void send(long notificationId) {
    Notification notification = notifications.findById(notificationId)
        .orElseThrow(() -> new NotFoundException("Нет уведомления " + notificationId));
    if (notification.status() != NotificationStatus.QUEUED) {
      return;
    }
    MimeMessage message = mailSender.createMimeMessage();
    try {
      MimeMessageHelper mail = new MimeMessageHelper(message, "UTF-8");
      mail.setFrom(from);
      mail.setTo(notification.recipientEmail());
      mail.setSubject(notification.subject());
      mail.setText(notification.body());
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    mailSender.send(message);
    notification.sent(clock.instant());
  }
}
