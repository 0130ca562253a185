package ru.smarteka.bench.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mail server of a benchmarked application: accepts every message on a loopback port (SMTP as far as a mail
 * client needs it), keeps nothing but the count and when the last one arrived. Production has a mail server; without
 * one every delivery job would fail and be retried, which is not the load we measure.
 */
public final class SmtpSink implements AutoCloseable {

  private final ServerSocket server;
  private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "bench-smtp");
    t.setDaemon(true);
    return t;
  });
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong lastNanos = new AtomicLong();

  public SmtpSink() throws IOException {
    server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
    workers.submit(this::acceptLoop);
  }

  public int port() {
    return server.getLocalPort();
  }

  public long received() {
    return received.get();
  }

  /** System.nanoTime() of the last accepted message. */
  public long lastReceivedNanos() {
    return lastNanos.get();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        workers.submit(() -> serve(socket));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
        StandardCharsets.ISO_8859_1)); OutputStream out = socket.getOutputStream()) {
      reply(out, "220 bench-smtp ready");
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
        switch (command) {
          case "EHLO" -> reply(out, "250-bench-smtp\r\n250-8BITMIME\r\n250 SMTPUTF8");
          case "DATA" -> {
            reply(out, "354 end with <CRLF>.<CRLF>");
            String data;
            while ((data = in.readLine()) != null && !data.equals(".")) {
              // the message is not kept
            }
            received.incrementAndGet();
            lastNanos.set(System.nanoTime());
            reply(out, "250 accepted");
          }
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "250 OK");
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    workers.shutdownNow();
  }
}
