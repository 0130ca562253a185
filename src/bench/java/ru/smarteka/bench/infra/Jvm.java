package ru.smarteka.bench.infra;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A benchmarked server in a JVM of its own: a Spring Boot jar started as its users start it, with the benchmark's
 * JVM flags (the same for every jar), on a free loopback port, its log in {@code target/bench/logs}. With a probe
 * jar the statement counter is added to its class path through Spring Boot's {@code PropertiesLauncher}
 * ({@code loader.path}): the jar's own code and libraries are unchanged.
 */
public final class Jvm implements AutoCloseable {

  /** How to start one. */
  public static final class Spec {
    private final String name;
    private final Path jar;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> args = new ArrayList<>();
    private final List<String> jvmArgs = new ArrayList<>();
    private Path probeJar;
    private String readyPath = "/actuator/health/readiness";
    private Path workDir;

    public Spec(String name, Path jar) {
      this.name = name;
      this.jar = jar;
    }

    public Spec env(String key, String value) {
      env.put(key, value);
      return this;
    }

    public Spec arg(String arg) {
      args.add(arg);
      return this;
    }

    /** A JVM option of this server's own, after the benchmark's flags (e.g. a class data sharing archive). */
    public Spec jvmArg(String option) {
      jvmArgs.add(option);
      return this;
    }

    /** Counts its SQL statements (the probe's JDBC driver in front of PostgreSQL's). */
    public Spec probe(Path probeJar) {
      this.probeJar = probeJar;
      return this;
    }

    /** The path that answers 200 once it is ready (the application's readiness probe by default). */
    public Spec readyPath(String path) {
      this.readyPath = path;
      return this;
    }

    public Spec workDir(Path dir) {
      this.workDir = dir;
      return this;
    }

    /** The same server started from another jar under another name (its environment, arguments and options). */
    public Spec copy(String name, Path jar) {
      Spec copy = new Spec(name, jar);
      copy.env.putAll(env);
      copy.args.addAll(args);
      copy.jvmArgs.addAll(jvmArgs);
      copy.probeJar = probeJar;
      copy.readyPath = readyPath;
      copy.workDir = workDir;
      return copy;
    }
  }

  private final Spec spec;
  private final Process process;
  private final int port;
  private final Integer probePort;
  private final Path log;
  private final long startedNanos;

  private Jvm(Spec spec, Process process, int port, Integer probePort, Path log, long startedNanos) {
    this.spec = spec;
    this.process = process;
    this.port = port;
    this.probePort = probePort;
    this.log = log;
    this.startedNanos = startedNanos;
  }

  public static Jvm start(Config config, Spec spec) throws IOException {
    int port = freePort();
    Integer probePort = spec.probeJar == null ? null : freePort();
    List<String> command = new ArrayList<>();
    command.add(javaCommand());
    command.addAll(config.jvmFlags());
    command.addAll(spec.jvmArgs);
    if (config.flag("jfr", false)) {
      // a profile of every benchmarked JVM (-Dbench.jfr=true): target/bench/jfr/<name>-<port>.jfr, see README
      Path jfr = config.workDir().resolve("jfr");
      Files.createDirectories(jfr);
      command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
          + jfr.resolve(spec.name + "-" + port + ".jfr").toAbsolutePath());
    }
    if (spec.probeJar != null) {
      command.add("-Dbench.probe.port=" + probePort);
      command.add("-Dloader.path=" + spec.probeJar.toAbsolutePath());
      command.add("-cp");
      command.add(spec.jar.toAbsolutePath().toString());
      command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
    } else {
      command.add("-jar");
      command.add(spec.jar.toAbsolutePath().toString());
    }
    command.add("--server.port=" + port);
    command.addAll(spec.args);
    Path logs = config.workDir().resolve("logs");
    Files.createDirectories(logs);
    Path log = logs.resolve(spec.name + "-" + port + ".log");
    Path workDir = spec.workDir != null ? spec.workDir : Files.createTempDirectory("bench-" + spec.name);
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(spec.env);
    if (spec.probeJar != null) {
      builder.environment().put("SPRING_DATASOURCE_DRIVER_CLASS_NAME", "ru.smarteka.bench.probe.CountingDriver");
    }
    long started = System.nanoTime();
    Process process = builder.start();
    // never left running: stopped with the benchmark, whatever ends it
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    return new Jvm(spec, process, port, probePort, log, started);
  }

  /** Waits until the ready path answers 200; the time from the start in milliseconds. */
  public long awaitReady(Duration timeout) {
    Http http = Http.to(baseUrl());
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(spec.name + " stopped while starting; see " + log);
      }
      try {
        if (http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + spec.readyPath))
            .timeout(Duration.ofSeconds(5)).GET().build()).status() == 200) {
          return millisSinceStart();
        }
      } catch (IllegalStateException notYet) {
        // not listening yet
      }
      sleep(100);
    }
    throw new IllegalStateException(spec.name + " not ready after " + timeout + "; see " + log);
  }

  /** The {@code java} of the JDK running the benchmark, which starts every benchmarked JVM. */
  public static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Waits until the process has ended by itself (a training run); its exit code. */
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(spec.name + " still running after " + timeout + "; see " + log);
    }
    return process.exitValue();
  }

  public long millisSinceStart() {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public long pid() {
    return process.pid();
  }

  public long rssMb() {
    return Machine.rssMb(process.pid());
  }

  public Path log() {
    return log;
  }

  /** The statement counter of this JVM; it must have been started with a probe. */
  public Probe probe() {
    if (probePort == null) {
      throw new IllegalStateException(spec.name + " was started without the statement probe");
    }
    return new Probe(probePort);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
