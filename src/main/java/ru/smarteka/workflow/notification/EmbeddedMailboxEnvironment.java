package ru.smarteka.workflow.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * The demo profile without a mail server of its own (the default {@code localhost:1025}, nothing configured): picks a
 * free local port for {@link EmbeddedMailbox} and points {@code spring.mail.port} at it, so that notifications go out
 * through the real SMTP path and land in the embedded mailbox. A configured server ({@code SPRING_MAIL_HOST},
 * {@code SPRING_MAIL_PORT}, Mailpit in docker-compose) or {@code smarteka.mail.embedded=false} leaves everything as it
 * is.
 */
public class EmbeddedMailboxEnvironment implements EnvironmentPostProcessor, Ordered {

  static final String PORT = "smarteka.mail.embedded-port";
  static final String DEFAULT_HOST = "localhost";
  static final int DEFAULT_PORT = 1025;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
    boolean wanted = environment.getProperty("smarteka.mail.embedded", Boolean.class, true);
    boolean unconfigured = DEFAULT_HOST.equals(environment.getProperty("spring.mail.host", DEFAULT_HOST))
        && environment.getProperty("spring.mail.port", Integer.class, DEFAULT_PORT) == DEFAULT_PORT;
    if (!demo || !wanted || !unconfigured || environment.containsProperty(PORT)) {
      return;
    }
    int port = freePort();
    environment.getPropertySources().addFirst(new MapPropertySource("smarteka-embedded-mailbox",
        Map.of(PORT, port, "spring.mail.host", "127.0.0.1", "spring.mail.port", port)));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("No free local port for the embedded mailbox", e);
    }
  }

  @Override
  public int getOrder() {
    // after Boot's config data (application.yaml, profiles)
    return Ordered.LOWEST_PRECEDENCE;
  }
}
