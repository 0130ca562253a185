package ru.smarteka.bench.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import ru.smarteka.bench.Bench;
import ru.smarteka.bench.Scenario;
import ru.smarteka.bench.infra.Http;
import ru.smarteka.bench.infra.Jvm;
import ru.smarteka.bench.infra.Load;
import ru.smarteka.bench.infra.Probe;
import ru.smarteka.bench.infra.Report;
import ru.smarteka.bench.infra.Samples;
import ru.smarteka.bench.infra.SmartekaApp;

/**
 * The notification storm. ASI's moderators are a 50-member group: every preliminary check is mailed to each of them.
 * (1) One task for the group: a submission and its 50 mails, one at a time. (2) A contest deadline: 1,000 prepared
 * passports submitted within 10 minutes (evenly spread, open loop: a submission starts on time whether or not the
 * earlier ones have been answered), 50,000 mails; how the submissions are answered and when the last mail is out.
 */
public final class NotificationStormScenario implements Scenario {

  @Override
  public String name() {
    return "storm";
  }

  @Override
  public String description() {
    return "notification storm: a task for a 50-member group; a contest deadline, 1,000 submissions in 10 minutes";
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public void run(Bench bench) throws Exception {
    int members = bench.config().integer("storm.groupMembers", 50);
    int single = bench.config().integer("storm.singleTasks", 10);
    int submissions = bench.config().integer("storm.submissions", 1000);
    int windowSeconds = bench.config().integer("storm.windowSeconds", 600);
    int drainSeconds = bench.config().integer("storm.maxDrainSeconds", 900);
    try (SmartekaApp app = bench.startApp("storm")) {
      List<String> regions = app.regionCodes();
      app.importRatingsForAllRegions(regions, 2025);
      List<Http> authors = new ArrayList<>();
      for (String region : regions) {
        app.createUser("author" + region, "Автор", "Региона " + region, "region-" + region + "-officials");
        authors.add(app.as("author" + region));
      }
      for (int i = 1; i <= members; i++) {
        app.createUser("moderator" + i, "Модератор", "АСИ " + i, "asi-moderators");
      }

      // (1) one task for the group, one at a time
      Samples submitted = new Samples();
      Samples lastMail = new Samples();
      for (int i = 0; i < single; i++) {
        Http author = authors.get(i % authors.size());
        long practice = draft(author, regions.get(i % regions.size()));
        Probe.Counts draftDone = Load.settle(app.probe(), 500, 30_000);
        long mails = app.smtp().received();
        long t0 = System.nanoTime();
        long took = timed(() -> author.postJson("/api/practices/" + practice + "/submit", "", 200));
        if (!Load.await(() -> app.smtp().received() - mails >= members, 300_000)) {
          throw new IllegalStateException("the group's mails did not arrive in 5 minutes");
        }
        lastMail.add(app.smtp().lastReceivedNanos() - t0);
        submitted.add(took);
        singleStatements += Load.settle(app.probe(), 500, 60_000).minus(draftDone).statements();
        bench.log(String.format("task for %d members: submit %.0f ms, last mail after %.0f ms", members, took / 1e6,
            (app.smtp().lastReceivedNanos() - t0) / 1e6));
      }
      Report.Table t1 = bench.report().table("A task for a " + members + "-member group (" + single
              + " submissions one at a time)", "what", "p50", "p95", "max");
      t1.row("submit answered, ms", Samples.fmt(submitted.percentileMs(50), "%.0f"),
          Samples.fmt(submitted.percentileMs(95), "%.0f"), Samples.fmt(submitted.percentileMs(100), "%.0f"));
      t1.row("last of the " + members + " mails delivered, ms", Samples.fmt(lastMail.percentileMs(50), "%.0f"),
          Samples.fmt(lastMail.percentileMs(95), "%.0f"), Samples.fmt(lastMail.percentileMs(100), "%.0f"));
      t1.note(String.format("SQL statements per submission with its %d mails delivered: %.0f (%.1f per mail).",
          members, singleStatements / (double) single, singleStatements / (double) single / members));
      bench.report().add(t1);

      // (2) the contest deadline: drafts ready, then every submission in the window
      bench.log("contest: preparing " + submissions + " complete passports");
      long[] drafts = new long[submissions];
      Load.run(4, submissions, new Load.Iteration() {
        private final AtomicLong next = new AtomicLong();

        @Override
        public void run(int client, int iteration) {
          int n = (int) next.getAndIncrement();
          drafts[n] = draft(authors.get(n % authors.size()), regions.get(n % regions.size()));
        }
      });
      Load.settle(app.probe(), 1000, 120_000);
      int mark = bench.loadMark();
      long mailsBefore = app.smtp().received();
      Probe.Counts stormBefore = app.probe().read();
      Samples answered = new Samples();
      ExecutorService pool = Executors.newCachedThreadPool();
      List<Future<?>> futures = new ArrayList<>();
      long start = System.nanoTime();
      long spacing = windowSeconds * 1_000_000_000L / submissions;
      long rssMax = 0;
      for (int i = 0; i < submissions; i++) {
        long due = start + i * spacing;
        while (System.nanoTime() < due) {
          Jvm.sleep(Math.max(1, (due - System.nanoTime()) / 1_000_000));
        }
        int n = i;
        futures.add(pool.submit(() -> answered.add(timed(() -> authors.get(n % authors.size())
            .postJson("/api/practices/" + drafts[n] + "/submit", "", 200)))));
        if (i % 50 == 0) {
          rssMax = Math.max(rssMax, app.jvm().rssMb());
        }
      }
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
      double lastAnswered = (System.nanoTime() - start) / 1e9;
      long expectedMails = (long) submissions * members;
      long deadline = System.currentTimeMillis() + drainSeconds * 1000L;
      while (app.smtp().received() - mailsBefore < expectedMails && System.currentTimeMillis() < deadline) {
        rssMax = Math.max(rssMax, app.jvm().rssMb());
        Jvm.sleep(1000);
      }
      long delivered = app.smtp().received() - mailsBefore;
      double lastMailSeconds = (app.smtp().lastReceivedNanos() - start) / 1e9;
      Probe.Counts stormUsed = app.probe().read().minus(stormBefore);
      Report.Table t2 = bench.report().table(String.format("Contest deadline: %,d submissions in %d s, %d-member"
              + " moderator group", submissions, windowSeconds, members), "what", "value");
      t2.row("submission answered p50 / p95 / max, ms", Samples.fmt(answered.percentileMs(50), "%.0f") + " / "
          + Samples.fmt(answered.percentileMs(95), "%.0f") + " / " + Samples.fmt(answered.percentileMs(100), "%.0f"));
      t2.row("last submission answered, s after the first", Samples.fmt(lastAnswered, "%.0f"));
      t2.row("mails delivered / expected", String.format("%,d / %,d", delivered, expectedMails));
      t2.row("last mail delivered, s after the first submission", delivered >= expectedMails
          ? Samples.fmt(lastMailSeconds, "%.0f") : "not all within " + drainSeconds + " s after the window");
      t2.row("mail throughput, mails/s (first submission → last mail)",
          Samples.fmt(delivered / Math.max(lastMailSeconds, 1e-9), "%.1f"));
      t2.row("SQL statements per submission incl. its mails", Samples.fmt(stormUsed.statements()
          / (double) submissions, "%.0f"));
      t2.row("application RSS, highest seen, MiB", rssMax);
      t2.row("load average during the storm", bench.loadSince(mark));
      t2.note("Passports were created, filled and documented beforehand (not measured); the window spreads the"
          + " submissions evenly, each starts on time (open loop).");
      bench.report().add(t2);
    }
  }

  private long singleStatements;

  private static long timed(Runnable call) {
    long start = System.nanoTime();
    call.run();
    return System.nanoTime() - start;
  }

  /** A complete draft of {@code region}: created, filled, with its document. */
  static long draft(Http author, String region) {
    String title = "Практика " + UUID.randomUUID();
    Http.Response created = author.postJson("/api/practices", Map.of("title", title, "regionCode", region), 201);
    long id = created.json().get("id").asLong();
    author.putJson("/api/practices/" + id, StepsScenario.AppJourney.passport(title, region), created.header("ETag"),
        200);
    author.upload("/api/practices/" + id + "/documents", "file", "postanovlenie.pdf", "application/pdf",
        StepsScenario.AppJourney.pdf(), 201);
    return id;
  }
}
