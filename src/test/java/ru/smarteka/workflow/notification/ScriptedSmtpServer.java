package ru.smarteka.workflow.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP server on the test profile's mail port that takes a message's data and then misbehaves at its end,
 * as real servers and networks do: it hangs up before answering (the sender cannot know whether the mail was taken)
 * or refuses it with a 5xx reply (the sender knows it was not); or accepts it, counting the connections.
 */
final class ScriptedSmtpServer implements AutoCloseable {

  enum AtEndOfData { HANG_UP, REFUSE, ACCEPT }

  private final ServerSocket socket;
  private final AtEndOfData atEndOfData;
  private final AtomicInteger messages = new AtomicInteger();
  private final AtomicInteger connections = new AtomicInteger();
  private final Thread thread;

  ScriptedSmtpServer(int port, AtEndOfData atEndOfData) throws IOException {
    this.atEndOfData = atEndOfData;
    this.socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    thread = new Thread(this::serve, "scripted-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  /** Messages whose whole data (up to the final ".") arrived here. */
  int messagesReceived() {
    return messages.get();
  }

  /** Connections the server accepted. */
  int connections() {
    return connections.get();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        connections.incrementAndGet();
        converse(client);
      } catch (SocketException closed) {
        return;
      } catch (IOException e) {
        // the client went away: wait for the next one
      }
    }
  }

  private void converse(Socket client) throws IOException {
    client.setSoTimeout(10_000);
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
    OutputStream out = client.getOutputStream();
    reply(out, "220 scripted ESMTP");
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
      switch (command) {
        case "EHLO", "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
        case "QUIT" -> {
          reply(out, "221 Bye");
          return;
        }
        case "DATA" -> {
          reply(out, "354 End data with <CR><LF>.<CR><LF>");
          while ((line = in.readLine()) != null && !line.equals(".")) {
            // the message's data
          }
          messages.incrementAndGet();
          if (atEndOfData == AtEndOfData.HANG_UP) {
            return;
          }
          reply(out, atEndOfData == AtEndOfData.ACCEPT ? "250 2.0.0 Ok: queued" : "554 5.7.1 Message refused");
        }
        default -> reply(out, "502 Command not implemented");
      }
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
