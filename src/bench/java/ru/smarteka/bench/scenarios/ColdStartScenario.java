package ru.smarteka.bench.scenarios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import ru.smarteka.bench.Bench;
import ru.smarteka.bench.Scenario;
import ru.smarteka.bench.infra.Http;
import ru.smarteka.bench.infra.Jvm;
import ru.smarteka.bench.infra.Load;
import ru.smarteka.bench.infra.Report;
import ru.smarteka.bench.infra.Samples;
import ru.smarteka.bench.infra.SmartekaApp;

/**
 * Cold start to the Tasklist login, as users start the jar ({@code java -jar}, the benchmark's JVM flags): on embedded
 * H2 in a fresh work directory (the default profile with its demo users: the first start a newcomer sees), and on
 * PostgreSQL whose schema exists (profile {@code postgres}, a restart of an installation). Measured from the start of
 * the process to the first accepted Tasklist login; the resident set size right after. Then the same restart with
 * class data sharing as Spring Boot documents it (the jar extracted with {@code -Djarmode=tools}, a training run that
 * stops after the context's refresh and writes the archive, {@code -XX:SharedArchiveFile}): an option of the
 * deployment, not of the code ({@code coldstart.cds}, on by default).
 */
public final class ColdStartScenario implements Scenario {

  @Override
  public String name() {
    return "coldstart";
  }

  @Override
  public String description() {
    return "cold start to the Tasklist login: H2 fresh, PostgreSQL with an existing schema; RSS after start";
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public void run(Bench bench) throws Exception {
    int rounds = bench.config().integer("coldstart.rounds", 3);
    Report.Table t = bench.report().table("Cold start to the Tasklist login (" + rounds + " starts each)",
        "database", "to Tasklist login s", "to readiness s", "RSS after start MiB");
    List<Double> worst = new ArrayList<>();

    List<Double> ready = new ArrayList<>();
    List<Double> login = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      Path work = Files.createTempDirectory("bench-h2");
      Jvm.Spec spec = new Jvm.Spec("coldstart-h2", bench.appJar()).workDir(work);
      measure(bench, spec, "moderator1", "moderator1", ready, login, rss);
    }
    t.row("H2, fresh (default profile, demo users)", Samples.range(login, "%.1f"), Samples.range(ready, "%.1f"),
        Samples.range(rss, "%.0f"));
    worst.addAll(login);

    String database = bench.postgres().createDatabase("coldstart");
    Jvm.Spec pg = new Jvm.Spec("coldstart-pg", bench.appJar())
        .env("SPRING_PROFILES_ACTIVE", "postgres")
        .env("SMARTEKA_DB_URL", bench.postgres().url(database))
        .env("SMARTEKA_DB_USER", bench.config().pgUser())
        .env("SMARTEKA_DB_PASSWORD", bench.config().pgPassword());
    try (Jvm first = Jvm.start(bench.config(), pg)) {
      first.awaitReady(bench.config().startTimeout());
      SmartekaApp.createFirstAdministrator(Http.to(first.baseUrl()));
    }
    worst.addAll(restarts(bench, t, "PostgreSQL, existing schema (profile postgres)", pg, rounds));

    List<Double> shared = new ArrayList<>();
    if (bench.config().flag("coldstart.cds", true)) {
      Path cds = classDataSharing(bench, pg);
      Jvm.Spec withArchive = pg.copy("coldstart-pg-cds", cds.resolve(bench.appJar().getFileName()))
          .jvmArg("-XX:SharedArchiveFile=" + cds.resolve("application.jsa"));
      shared.addAll(restarts(bench, t, "PostgreSQL, existing schema, class data sharing archive", withArchive,
          rounds));
    }
    bench.postgres().dropDatabase(database);
    t.note("From the start of the `java` process; the login is Tasklist's login form (session, CSRF token) accepted;"
        + " readiness is /actuator/health/readiness answering UP (after the start-up runners: identity matrix, demo"
        + " data); RSS once both are reached. JVM flags: " + String.join(" ",
        bench.config().jvmFlags()) + ".");
    if (!shared.isEmpty()) {
      t.note("Class data sharing: the jar extracted (`java -Djarmode=tools -jar … extract`), one training run"
          + " (`-XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh`, on the same database),"
          + " then `java -XX:SharedArchiveFile=application.jsa -jar <extracted>/…jar` (README «PostgreSQL»).");
    }
    bench.report().add(t);
    bench.report().goal("cold start to the Tasklist login (java -jar)", "≤ 15 s",
        Samples.range(worst, "%.1f") + " s", worst.stream().allMatch(s -> s <= 15));
    if (!shared.isEmpty()) {
      bench.report().goal("cold start to the Tasklist login, PostgreSQL with a CDS archive", "≤ 15 s",
          Samples.range(shared, "%.1f") + " s", shared.stream().allMatch(s -> s <= 15));
    }
  }

  /** Extracts the jar and trains a class data sharing archive on {@code pg}'s database; the directory of both. */
  private static Path classDataSharing(Bench bench, Jvm.Spec pg) throws Exception {
    Path dir = Files.createTempDirectory("bench-cds");
    Process extract = new ProcessBuilder(Jvm.javaCommand(), "-Djarmode=tools", "-jar", bench.appJar().toAbsolutePath().toString(),
        "extract", "--destination", dir.toAbsolutePath().toString())
        .redirectErrorStream(true).redirectOutput(bench.config().workDir().resolve("logs/cds-extract.log").toFile())
        .start();
    if (extract.waitFor() != 0) {
      throw new IllegalStateException("the jar could not be extracted; see logs/cds-extract.log");
    }
    Jvm.Spec training = pg.copy("coldstart-cds-training", dir.resolve(bench.appJar().getFileName()))
        .jvmArg("-XX:ArchiveClassesAtExit=" + dir.resolve("application.jsa"))
        .jvmArg("-Dspring.context.exit=onRefresh");
    try (Jvm jvm = Jvm.start(bench.config(), training)) {
      int exit = jvm.awaitExit(Duration.ofMinutes(5));
      if (exit != 0 || !Files.exists(dir.resolve("application.jsa"))) {
        throw new IllegalStateException("the training run wrote no archive (exit " + exit + "); see " + jvm.log());
      }
    }
    bench.log("class data sharing archive: " + Files.size(dir.resolve("application.jsa")) / (1024 * 1024) + " MiB");
    return dir;
  }

  /** {@code rounds} restarts of the installation as {@code spec} starts it, as a row of {@code t}; their logins. */
  private static List<Double> restarts(Bench bench, Report.Table t, String label, Jvm.Spec spec, int rounds)
      throws Exception {
    List<Double> ready = new ArrayList<>();
    List<Double> login = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      measure(bench, spec, SmartekaApp.ADMIN, SmartekaApp.password(SmartekaApp.ADMIN), ready, login, rss);
    }
    t.row(label, Samples.range(login, "%.1f"), Samples.range(ready, "%.1f"), Samples.range(rss, "%.0f"));
    return login;
  }

  private static void measure(Bench bench, Jvm.Spec spec, String user, String password, List<Double> ready,
      List<Double> login, List<Double> rss) throws Exception {
    try (Jvm jvm = Jvm.start(bench.config(), spec)) {
      // the login is tried until it is accepted; readiness (Spring's «ready», after the application's start-up
      // runners) is watched alongside and may come later than the first login
      boolean[] readySeen = {false};
      double[] loginAt = {Double.NaN};
      if (!Load.await(() -> {
        if (!readySeen[0]) {
          try {
            if (Http.to(jvm.baseUrl()).get("/actuator/health/readiness", 200, 503).status() == 200) {
              readySeen[0] = true;
              ready.add(jvm.millisSinceStart() / 1000.0);
            }
          } catch (IllegalStateException notListening) {
            return false;
          }
        }
        if (Double.isNaN(loginAt[0]) && SmartekaApp.tasklistLogin(jvm.baseUrl(), user, password)) {
          loginAt[0] = jvm.millisSinceStart() / 1000.0;
          login.add(loginAt[0]);
        }
        return readySeen[0] && !Double.isNaN(loginAt[0]);
      }, 180_000)) {
        throw new IllegalStateException("no Tasklist login and readiness within 3 minutes; see " + jvm.log());
      }
      rss.add((double) jvm.rssMb());
      bench.log(String.format("%s: login after %.1f s, ready after %.1f s", jvm.log().getFileName(), loginAt[0],
          ready.get(ready.size() - 1)));
    }
  }
}
