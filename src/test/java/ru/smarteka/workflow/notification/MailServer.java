package ru.smarteka.workflow.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.mail.MailProperties;

/**
 * GreenMail on the port the application sends to ({@code spring.mail.port} of the test profile), started and stopped
 * by the tests that read mail; the other tests never run a delivery job, so they need no server.
 */
final class MailServer {

  private final int port;
  private GreenMail greenMail;

  MailServer(MailProperties mail) {
    this.port = mail.getPort();
  }

  MailServer start() {
    greenMail = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return this;
  }

  void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  List<MimeMessage> received() {
    return Arrays.asList(greenMail.getReceivedMessages());
  }

  /** The one mail received for this address. */
  MimeMessage to(String address) {
    List<MimeMessage> found = received().stream().filter(m -> recipients(m).contains(address)).toList();
    if (found.size() != 1) {
      throw new AssertionError("Expected one mail to " + address + ", got " + found.size());
    }
    return found.get(0);
  }

  static String body(MimeMessage message) {
    try {
      Object content = message.getContent();
      return content instanceof String s ? s : GreenMailUtil.getBody(message);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
