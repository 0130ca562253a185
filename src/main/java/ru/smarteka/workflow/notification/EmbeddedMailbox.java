package ru.smarteka.workflow.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The demo's mailbox: an SMTP server (GreenMail) inside the application on the port {@link EmbeddedMailboxEnvironment}
 * chose, so a first start needs no mail server and no delivery fails. Administrators read what arrived through
 * {@code GET /api/admin/mails}. Only when no mail server is configured (see {@link EmbeddedMailboxEnvironment}).
 */
@Component
@ConditionalOnProperty(EmbeddedMailboxEnvironment.PORT)
public class EmbeddedMailbox implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMailbox.class);

  private final GreenMail server;
  private final int port;
  private volatile boolean running;

  EmbeddedMailbox(@Value("${" + EmbeddedMailboxEnvironment.PORT + "}") int port) {
    this.port = port;
    this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  /** A mail as it arrived. */
  public record Mail(String messageId, String from, List<String> to, String subject, Instant received, String text) {
  }

  /** What arrived, newest first. */
  public List<Mail> mails() {
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage message : server.getReceivedMessages()) {
      mails.add(view(message));
    }
    mails.sort((a, b) -> b.received().compareTo(a.received()));
    return mails;
  }

  private static Mail view(MimeMessage message) {
    try {
      Object content = message.getContent();
      String text = content instanceof String s ? s : String.valueOf(content);
      return new Mail(message.getMessageID(), addresses(message.getFrom()),
          Arrays.stream(message.getAllRecipients() == null ? new Address[0] : message.getAllRecipients())
              .map(Address::toString).toList(),
          message.getSubject(),
          message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
              : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH,
          text);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("A mail of the embedded mailbox cannot be read", e);
    }
  }

  private static String addresses(Address[] addresses) {
    return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
  }

  @Override
  public void start() {
    server.start();
    running = true;
    log.info("Demo mailbox: notifications go to the embedded SMTP server on 127.0.0.1:{}; administrators read them "
        + "at GET /api/admin/mails", port);
  }

  @Override
  public void stop() {
    server.stop();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    // before the job executor (which sends) starts, after it stops
    return Integer.MIN_VALUE + 100;
  }
}
