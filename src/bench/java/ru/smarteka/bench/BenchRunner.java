package ru.smarteka.bench;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import ru.smarteka.bench.infra.Config;
import ru.smarteka.bench.infra.Machine;
import ru.smarteka.bench.infra.Postgres;
import ru.smarteka.bench.infra.Report;

/**
 * Runs the benchmark scenarios ({@code mvn -Pbench verify}): every {@link Scenario} of
 * {@code ru.smarteka.bench.scenarios}, or those named in {@code -Dbench.scenarios}, prints their tables and writes
 * them with the run's conditions (date, machine, load, PostgreSQL) to {@code target/bench/results.md}.
 */
public final class BenchRunner {

  public static void main(String[] args) throws Exception {
    Config config = new Config(Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize());
    List<Scenario> all = scenarios();
    List<String> wanted = config.list("scenarios", "");
    List<Scenario> chosen = all.stream().filter(s -> wanted.isEmpty() || wanted.contains(s.name())).toList();
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("No scenario named " + wanted + "; there are "
          + all.stream().map(Scenario::name).toList());
    }
    String pg = new Postgres(config).serverVersion();
    String started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
    String header = "## Benchmark run " + started + "\n\n"
        + "- machine: " + Machine.describe() + "; " + pg + " on " + config.pgHost() + ":" + config.pgPort() + "\n"
        + "- JVM flags of the application and the bare engine: `" + String.join(" ", config.jvmFlags()) + "`\n"
        + "- load average (1/5/15 min) at the start: " + Machine.loadAverages() + "\n"
        + "- scenarios: " + chosen.stream().map(Scenario::name).toList() + "\n";
    System.out.println(header);
    Report report = new Report(config.workDir().resolve("results.md"), header);
    List<String> failed = new ArrayList<>();
    StringBuilder loads = new StringBuilder("Duration and load average (1 min, min–max) of each scenario:\n\n");
    try (Bench bench = new Bench(config, report)) {
      for (Scenario scenario : chosen) {
        int mark = bench.loadMark();
        long start = System.nanoTime();
        bench.log("scenario " + scenario.name() + ": " + scenario.description());
        try {
          scenario.run(bench);
        } catch (Exception | AssertionError e) {
          failed.add(scenario.name());
          System.err.println("bench: scenario " + scenario.name() + " failed: " + e);
          e.printStackTrace();
        }
        String took = String.format("%.0f s, load average %s", (System.nanoTime() - start) / 1e9,
            bench.loadSince(mark));
        bench.log("scenario " + scenario.name() + " done in " + took);
        loads.append("- ").append(scenario.name()).append(": ").append(took).append('\n');
      }
      String goals = report.finish(loads + "\n- load average (1/5/15 min) at the end: " + Machine.loadAverages()
          + (failed.isEmpty() ? "" : "\n- FAILED scenarios: " + failed));
      System.out.println();
      System.out.print(goals);
      System.out.println("Results: " + config.workDir().resolve("results.md"));
    }
    if (!failed.isEmpty()) {
      throw new IllegalStateException("bench: failed scenarios " + failed);
    }
  }

  /** Every scenario class of {@code ru.smarteka.bench.scenarios}: adding one is adding a class. */
  static List<Scenario> scenarios() throws ReflectiveOperationException {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(Scenario.class));
    List<Scenario> found = new ArrayList<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("ru.smarteka.bench.scenarios")) {
      found.add((Scenario) Class.forName(candidate.getBeanClassName()).getDeclaredConstructor().newInstance());
    }
    found.sort(Comparator.comparingInt(Scenario::order).thenComparing(Scenario::name));
    return found;
  }

  private BenchRunner() {
  }
}
