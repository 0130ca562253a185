package ru.smarteka.workflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP server of {@code spring.mail.*} (the session, host, port and credentials of Boot's
 * {@link JavaMailSenderImpl}), used a connection at a time: {@link #connect()} first, so a server that is down fails
 * before any mail is claimed, then {@link Connection#send} for each message. A connection may carry several messages
 * (one per claim), so a later delivery of a batch of mails can reuse it.
 */
@Component
class SmtpMailer {

  private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

  static {
    // Jakarta Mail looks its StreamProvider up anew for every header and body part it encodes (FactoryFinder: the
    // system property of that name, else a ServiceLoader scan of the class path, the nested jar's included); named
    // here, the look-up is a class already loaded. The provider is Angus Mail's, the one the scan finds.
    if (System.getProperty(StreamProvider.class.getName()) == null) {
      System.setProperty(StreamProvider.class.getName(), MailStreamProvider.class.getName());
    }
  }

  private final JavaMailSenderImpl settings;

  SmtpMailer(JavaMailSenderImpl settings) {
    this.settings = settings;
  }

  /** A message whose {@code Message-ID} is {@code messageId}, whatever {@link MimeMessage#saveChanges()} would set. */
  MimeMessage message(String messageId) {
    return new StableIdMessage(settings.getSession(), messageId);
  }

  Connection connect() throws MessagingException {
    String protocol = settings.getProtocol() == null ? "smtp" : settings.getProtocol();
    Transport transport = settings.getSession().getTransport(protocol);
    transport.connect(settings.getHost(), settings.getPort(), blankToNull(settings.getUsername()),
        blankToNull(settings.getPassword()));
    return new Connection(transport);
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /** An open SMTP connection. */
  static final class Connection implements AutoCloseable {

    private final Transport transport;

    private Connection(Transport transport) {
      this.transport = transport;
    }

    /**
     * Hands one message over: returns once the server has accepted it (its reply to the end of the data). A
     * {@link jakarta.mail.SendFailedException} is the server's refusal (nothing was accepted); any other exception
     * leaves it open whether the server accepted the message.
     */
    void send(MimeMessage message) throws MessagingException {
      message.saveChanges();
      transport.sendMessage(message, message.getAllRecipients());
    }

    /** Says goodbye to the server; a failure to do so changes nothing about what was sent. */
    @Override
    public void close() {
      try {
        transport.close();
      } catch (MessagingException e) {
        log.debug("Closing the SMTP connection failed: {}", e.getMessage());
      }
    }
  }

  private static final class StableIdMessage extends MimeMessage {

    private final String messageId;

    StableIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
