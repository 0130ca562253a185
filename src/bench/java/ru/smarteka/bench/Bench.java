package ru.smarteka.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import ru.smarteka.bench.infra.Config;
import ru.smarteka.bench.infra.Machine;
import ru.smarteka.bench.infra.Postgres;
import ru.smarteka.bench.infra.Report;
import ru.smarteka.bench.infra.SmartekaApp;

/**
 * What every scenario shares: settings, the PostgreSQL server and its throw-away databases, the jars to start (the
 * application, the bare engine, the statement probe), the report, and the machine's load while it runs.
 */
public final class Bench implements AutoCloseable {

  private final Config config;
  private final Postgres postgres;
  private final Report report;
  private final Path appJar;
  private final Path bareJar;
  private final Path probeJar;
  private final List<Double> loads = Collections.synchronizedList(new ArrayList<>());
  private final ScheduledExecutorService loadSampler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "bench-load");
    t.setDaemon(true);
    return t;
  });

  Bench(Config config, Report report) throws IOException {
    this.config = config;
    this.postgres = new Postgres(config);
    this.report = report;
    this.appJar = findJar(config.targetDir(), "smarteka-workflow-");
    this.bareJar = config.workDir().resolve("bare-engine").resolve("bare-engine.jar");
    this.probeJar = buildProbeJar(config.workDir().resolve("bench-probe.jar"));
    loadSampler.scheduleAtFixedRate(() -> loads.add(Machine.loadAverage()), 0, 5, TimeUnit.SECONDS);
  }

  public Config config() {
    return config;
  }

  public Postgres postgres() {
    return postgres;
  }

  public Report report() {
    return report;
  }

  public Path appJar() {
    return appJar;
  }

  public Path bareJar() {
    if (!Files.exists(bareJar)) {
      throw new IllegalStateException("No bare engine jar at " + bareJar + ": run through `mvn -Pbench verify`");
    }
    return bareJar;
  }

  public Path probeJar() {
    return probeJar;
  }

  /** Starts the application on a new throw-away database, with its first administrator (see {@link SmartekaApp}). */
  public SmartekaApp startApp(String name) throws Exception {
    return SmartekaApp.start(this, name);
  }

  /** As {@link #startApp(String)}, with these environment variables of the application besides the usual ones. */
  public SmartekaApp startApp(String name, java.util.Map<String, String> env) throws Exception {
    return SmartekaApp.start(this, name, env);
  }

  /** Load average samples (1 min) since {@code fromIndex}, as "min–max". */
  public String loadSince(int fromIndex) {
    List<Double> window;
    synchronized (loads) {
      window = new ArrayList<>(loads.subList(Math.min(fromIndex, loads.size()), loads.size()));
    }
    if (window.isEmpty()) {
      window.add(Machine.loadAverage());
    }
    return ru.smarteka.bench.infra.Samples.range(window, "%.1f");
  }

  public int loadMark() {
    return loads.size();
  }

  public void log(String message) {
    System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), message);
  }

  @Override
  public void close() {
    loadSampler.shutdownNow();
    postgres.close();
  }

  private static Path findJar(Path target, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".jar")
              && !p.toString().endsWith("-plain.jar") && !p.toString().contains("-sources")
              && !p.toString().contains("-tests"))
          .findFirst().orElseThrow(() -> new IllegalStateException("No application jar in " + target
              + ": run through `mvn -Pbench verify` (it packages the application first)"));
    }
  }

  /** The statement probe's classes, from this class path, as a jar for {@code loader.path}. */
  private static Path buildProbeJar(Path jar) throws IOException {
    String pkg = "ru/smarteka/bench/probe/";
    Path classes;
    try {
      classes = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    Files.createDirectories(jar.getParent());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.list(classes.resolve(pkg))) {
      for (Path file : files.sorted().toList()) {
        out.putNextEntry(new JarEntry(pkg + file.getFileName()));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }
}
