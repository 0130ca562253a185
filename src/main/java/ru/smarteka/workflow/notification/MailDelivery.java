package ru.smarteka.workflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import ru.smarteka.workflow.system.NotFoundException;

/**
 * Sends the queued mails of a batch over one SMTP connection ({@link #sendBatch}); each mail at most once, whatever
 * happens to the job that calls it:
 * <ol>
 *   <li>connect to the mail server (down: the step fails and is retried, the row stays {@code QUEUED});</li>
 *   <li>claim the row, {@code QUEUED → SENDING}, committed on its own: only the attempt whose claim succeeded talks
 *   to the server about this mail;</li>
 *   <li>hand the message over; a refusal by the server puts the row back to {@code QUEUED} (nothing went out, the
 *   retry sends it), a connection lost during the hand-over leaves it open whether the server took the mail:
 *   {@code UNCERTAIN};</li>
 *   <li>mark it {@code SENT}, committed on its own right after the server's acceptance, before the job's transaction
 *   (which may still fail, and then the job runs again and finds it {@code SENT}).</li>
 * </ol>
 * An attempt that finds the row {@code SENDING} knows that an earlier attempt died between 2 and 4: the mail may have
 * gone, so it is marked {@code UNCERTAIN} and not sent; the step fails with the reason (an incident after its
 * attempts) until an administrator decides. The only moment a mail can be accepted by the server and still lack its
 * {@code SENT} mark is between the server's reply to the end of the data and the commit of that mark. Every message
 * has the Message-ID {@code <notification-<id>.<created, epoch seconds>@<sender's domain>>}, the same at every
 * attempt, so a receiving server can recognise a mail sent again by an administrator.
 */
@Service
class MailDelivery {

  private static final String UTF_8 = "UTF-8";
  private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
  /** The SMTP command that ends the data of a message; the server's reply to it accepts or refuses the message. */
  private static final String END_OF_DATA = ".";
  /** Mails sent over one SMTP connection before a new one is opened. */
  private static final int MESSAGES_PER_CONNECTION = 100;

  private final NotificationRepository notifications;
  private final SmtpMailer mailer;
  private final TransactionTemplate ownTransaction;
  private final String from;
  private final String messageIdDomain;
  private final Clock clock;

  MailDelivery(NotificationRepository notifications, SmtpMailer mailer, PlatformTransactionManager transactions,
      @Value("${smarteka.mail.from}") String from, Clock clock) {
    this.notifications = notifications;
    this.mailer = mailer;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.from = from;
    this.messageIdDomain = domainOf(from);
    this.clock = clock;
  }

  /**
   * Sends the queued mails of a batch over one connection, each at most once as {@link #send(long)} says. A mail that
   * fails (refused, uncertain) does not hold the others back: they are sent, then the first failure is thrown (the
   * others suppressed in it), so the job is retried and its retry sends only what is still queued. A mail server that
   * cannot be reached ends the batch at once: its remaining mails stay queued for the retry.
   */
  void sendBatch(long batchId) {
    List<Long> ids = inOwnTransaction(() -> notifications.idsOfBatch(batchId));
    if (ids.isEmpty()) {
      throw new NotFoundException("Нет уведомлений пакета " + batchId);
    }
    RuntimeException failure = null;
    try (Connections connections = new Connections()) {
      for (long id : ids) {
        try {
          send(id, connections);
        } catch (ServerDownException e) {
          if (failure != null) {
            e.addSuppressed(failure);
          }
          throw e;
        } catch (RuntimeException e) {
          if (failure == null) {
            failure = e;
          } else {
            failure.addSuppressed(e);
          }
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Sends one queued mail over a connection of its own. */
  void send(long notificationId) {
    try (Connections connections = new Connections()) {
      send(notificationId, connections);
    }
  }

  private void send(long notificationId, Connections connections) {
    Notification notification = load(notificationId);
    switch (notification.status()) {
      case SENT, SKIPPED -> {
        return;
      }
      case SENDING -> {
        Notification now = markUncertain(notificationId, "Попытка отправки, начатая " + notification.claimedAt()
            + ", прервалась до отметки об отправке: письмо могло уйти.");
        if (now.status() == NotificationStatus.SENT) {
          return;   // the attempt was alive after all, and its mark is in
        }
        throw new DeliveryUncertainException(now, messageId(now));
      }
      case UNCERTAIN -> throw new DeliveryUncertainException(notification, messageId(notification));
      case QUEUED -> {
        // to be sent below
      }
    }
    MimeMessage message = compose(notification);
    SmtpMailer.Connection connection = connections.open(notificationId);
    if (inOwnTransaction(() -> notifications.claim(notificationId, clock.instant())) != 1) {
      lostTheClaim(notificationId);
      return;
    }
    try {
      connection.send(message);
    } catch (MessagingException e) {
      connections.drop();   // whatever the server said, the next mail starts on a fresh connection
      if (refused(e)) {
        inOwnTransaction(() -> notifications.release(notificationId));
        throw new MailSendException("Почтовый сервер не принял письмо № " + notificationId + ", оно ждёт повтора: "
            + e.getMessage(), e);
      }
      Notification now = markUncertain(notificationId, "Связь с почтовым сервером прервалась во время передачи"
          + " письма (" + e.getMessage() + "): письмо могло уйти.");
      throw new DeliveryUncertainException(now, messageId(now));
    }
    markSent(notificationId, messageId(notification));
  }

  /** The mail server cannot be reached: no mail of the batch can go now. */
  static final class ServerDownException extends MailSendException {

    ServerDownException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The SMTP connection of a delivery, opened before the first mail is claimed and kept for the next ones; dropped
   * after a failed hand-over, when its state is unknown.
   */
  private final class Connections implements AutoCloseable {

    private SmtpMailer.Connection open;
    private int messages;

    SmtpMailer.Connection open(long notificationId) {
      if (open != null && messages >= MESSAGES_PER_CONNECTION) {
        drop();   // servers limit the messages of a session (Postfix: none; Exchange, relays: 100 and more)
      }
      if (open == null) {
        try {
          open = mailer.connect();
        } catch (MessagingException e) {
          throw new ServerDownException("Почтовый сервер недоступен, письмо № " + notificationId + " ждёт повтора: "
              + e.getMessage(), e);
        }
        messages = 0;
      }
      messages++;
      return open;
    }

    void drop() {
      if (open != null) {
        open.close();
        open = null;
      }
    }

    @Override
    public void close() {
      drop();
    }
  }

  /**
   * Whether the server has certainly not taken the mail: it answered the end of the data with a 4xx/5xx reply, or
   * it refused the sender, a recipient or the data command, so the data was never sent. Anything else (the
   * connection lost while the data went over, or before the reply to its end) leaves it open.
   */
  static boolean refused(MessagingException e) {
    if (e instanceof SMTPSendFailedException failed && END_OF_DATA.equals(failed.getCommand())) {
      return failed.getReturnCode() >= 400;
    }
    return e instanceof SendFailedException;
  }

  /** The Message-ID of a notification: the same for every attempt to send it. */
  String messageId(Notification notification) {
    return messageId(notification, messageIdDomain);
  }

  static String messageId(Notification notification, String domain) {
    return "<notification-" + notification.id() + "." + notification.createdAt().getEpochSecond() + "@" + domain
        + ">";
  }

  private Notification load(long notificationId) {
    return inOwnTransaction(() -> notifications.findById(notificationId))
        .orElseThrow(() -> new NotFoundException("Нет уведомления " + notificationId));
  }

  /**
   * The mail as Jakarta Mail's own API writes it (what Spring's {@code MimeMessageHelper} would do for a text mail:
   * UTF-8 subject, body and names), without the helper, which reads the class path's {@code mime.types} for every
   * message it wraps (12% of the application's CPU in the steps benchmark's profile of 2026-12-07).
   */
  private MimeMessage compose(Notification notification) {
    MimeMessage message = mailer.message(messageId(notification));
    try {
      message.setFrom(address(from));
      message.setRecipient(jakarta.mail.Message.RecipientType.TO, address(notification.recipientEmail()));
      message.setSubject(notification.subject(), UTF_8);
      message.setText(notification.body(), UTF_8);
      message.setSentDate(Date.from(clock.instant()));
    } catch (MessagingException | java.io.UnsupportedEncodingException e) {
      throw new MailPreparationException(e);
    }
    return message;
  }

  /** One address, its name (if any) in UTF-8. */
  private static InternetAddress address(String text) throws AddressException,
      java.io.UnsupportedEncodingException {
    InternetAddress[] parsed = InternetAddress.parse(text);
    if (parsed.length != 1) {
      throw new AddressException("Должен быть ровно один адрес", text);
    }
    return new InternetAddress(parsed[0].getAddress(), parsed[0].getPersonal(), UTF_8);
  }

  private void markSent(long notificationId, String messageId) {
    try {
      inOwnTransaction(() -> notifications.markSent(notificationId, clock.instant()));
    } catch (RuntimeException e) {
      log.error("Mail {} {} was accepted by the mail server, but its SENT mark was not saved: the next attempt will"
          + " report it UNCERTAIN (it was delivered)", notificationId, messageId, e);
      throw e;
    }
  }

  /** Another attempt changed the row between the look and the claim. */
  private void lostTheClaim(long notificationId) {
    NotificationStatus now = load(notificationId).status();
    if (now != NotificationStatus.SENT && now != NotificationStatus.SKIPPED) {
      throw new IllegalStateException("Письмо № " + notificationId + " уже отправляет другая попытка (" + now + ")");
    }
  }

  /** SENDING → UNCERTAIN with the reason (committed on its own); the row as it is now. */
  private Notification markUncertain(long notificationId, String reason) {
    inOwnTransaction(() -> notifications.markUncertain(notificationId, reason.length() <= 1000 ? reason
        : reason.substring(0, 1000)));
    Notification notification = load(notificationId);
    if (notification.status() == NotificationStatus.UNCERTAIN) {
      log.warn("Mail {} is UNCERTAIN and will not be sent again by itself: {}", notificationId,
          notification.statusReason());
    }
    return notification;
  }

  private <T> T inOwnTransaction(Supplier<T> work) {
    return ownTransaction.execute(status -> work.get());
  }

  private static String domainOf(String from) {
    try {
      String address = new InternetAddress(from).getAddress();
      int at = address == null ? -1 : address.lastIndexOf('@');
      return at < 0 ? "smarteka.local" : address.substring(at + 1);
    } catch (AddressException e) {
      throw new IllegalArgumentException("smarteka.mail.from is no mail address: " + from, e);
    }
  }
}
