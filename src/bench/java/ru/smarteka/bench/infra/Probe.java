package ru.smarteka.bench.infra;

import java.net.URI;
import java.net.http.HttpRequest;

/** Reads a benchmarked JVM's statement counter ({@code ru.smarteka.bench.probe.CountingDriver}). */
public final class Probe {

  /** The counts at one moment; differences give a phase's. */
  public record Counts(long statements, long roundTrips, long commits) {
    public Counts minus(Counts before) {
      return new Counts(statements - before.statements, roundTrips - before.roundTrips, commits - before.commits);
    }
  }

  private final int port;
  private final Http http;

  Probe(int port) {
    this.port = port;
    this.http = Http.to("http://127.0.0.1:" + port);
  }

  public Counts read() {
    String[] parts = http.expect(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).GET().build(),
        200).body().strip().split(" ");
    return new Counts(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
  }
}
