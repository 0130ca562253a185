package ru.smarteka.bench.scenarios;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import ru.smarteka.bench.Bench;
import ru.smarteka.bench.Scenario;
import ru.smarteka.bench.infra.Http;
import ru.smarteka.bench.infra.Load;
import ru.smarteka.bench.infra.Probe;
import ru.smarteka.bench.infra.Report;
import ru.smarteka.bench.infra.Samples;
import ru.smarteka.bench.infra.SmartekaApp;
import ru.smarteka.bench.infra.SyntheticHistory;

/**
 * The «Смарт Диалог» public vote (issue 17): votes/s sustained with 50 concurrent voters on PostgreSQL, through the
 * portal's door {@code POST /api/contests/{id}/nominations/{n}/votes} as the portal's account ({@code portal-clients},
 * HTTP Basic). The contest in its voting phase — three short-listed published practices in a nomination — is written
 * by SQL (the vote reads only these tables; taking practices through publication, intake, scoring and short list
 * would measure those instead). Every voter votes once (201); a share of them tries a second time (409, refused by
 * the unique constraint), as a portal's double click would. Closed loop: each client votes as soon as its previous
 * vote is answered.
 */
public final class VotingScenario implements Scenario {

  @Override
  public String name() {
    return "voting";
  }

  @Override
  public String description() {
    return "the contest's public vote: votes/s with 50 concurrent voters, one vote per voter and nomination";
  }

  @Override
  public int order() {
    return 70;
  }

  @Override
  public void run(Bench bench) throws Exception {
    int clients = bench.config().integer("voting.clients", 50);
    int votes = bench.config().integer("voting.votes", 20000);
    int duplicateEvery = bench.config().integer("voting.duplicate-every", 10);
    try (SmartekaApp app = bench.startApp("voting")) {
      app.createUser("portal", "Портал", "Смартека", "portal-clients");
      long contest;
      long[] entries = new long[3];
      try (Connection db = bench.postgres().connect(app.database())) {
        contest = votingContest(db, entries);
      }
      Http portal = app.as("portal");
      String path = "/api/contests/" + contest + "/nominations/1/votes";
      for (int i = 0; i < 50; i++) {
        portal.postJson(path, Map.of("entryId", entries[i % 3], "voterId", "warm-up-" + i), 201);
      }
      Samples accepted = new Samples();
      Samples refused = new Samples();
      AtomicInteger duplicates = new AtomicInteger();
      Probe.Counts before = Load.settle(app.probe(), 500, 30_000);
      int mark = bench.loadMark();
      long wall = Load.run(clients, votes, (client, i) -> {
        String voter = "voter-" + client + "-" + i;
        long entry = entries[(client + i) % 3];
        accepted.time(() -> portal.postJson(path, Map.of("entryId", entry, "voterId", voter), 201));
        if (duplicateEvery > 0 && i % duplicateEvery == 0) {
          refused.time(() -> portal.postJson(path, Map.of("entryId", entries[(client + i + 1) % 3],
              "voterId", voter), 409));
          duplicates.incrementAndGet();
        }
      });
      Probe.Counts used = Load.settle(app.probe(), 500, 60_000).minus(before);
      long counted = Long.parseLong(portal.get(path, 200).json().get("total").asText()) - 50;
      double seconds = wall / 1e9;
      double perSecond = accepted.count() / seconds;
      Report.Table table = bench.report().table("Public vote: " + clients + " concurrent voters, " + votes
          + " votes (+" + duplicates.get() + " second attempts)", "what", "value");
      table.row("votes accepted / counted", accepted.count() + " / " + counted);
      table.row("votes/s sustained (accepted, wall time " + Samples.fmt(seconds, "%.1f") + " s)",
          Samples.fmt(perSecond, "%.0f"));
      table.row("vote answered p50 / p95 / max, ms", Samples.fmt(accepted.percentileMs(50), "%.1f") + " / "
          + Samples.fmt(accepted.percentileMs(95), "%.1f") + " / " + Samples.fmt(accepted.percentileMs(100), "%.1f"));
      table.row("second vote refused (409) p50 / p95, ms", Samples.fmt(refused.percentileMs(50), "%.1f") + " / "
          + Samples.fmt(refused.percentileMs(95), "%.1f"));
      table.row("SQL statements per request", Samples.fmt(used.statements()
          / (double) (accepted.count() + refused.count()), "%.1f"));
      table.note("contest, nomination and 3 short-listed entries written by SQL; each vote a real HTTP call with "
          + "Basic authentication; load average " + bench.loadSince(mark));
      bench.report().add(table);
      bench.report().goal("voting: every vote counted once", "accepted = counted, every second attempt 409",
          accepted.count() + " / " + counted, counted == accepted.count());
    }
  }

  /** A contest in its voting phase with three short-listed published practices in nomination 1; its id. */
  static long votingContest(Connection db, long[] entries) throws Exception {
    try (Statement s = db.createStatement()) {
      s.executeUpdate("""
          insert into practice (version, status, title, category_code, region_code, created_by, created_at,
            updated_at, submitted_at, published_at)
          select 0, 'PUBLISHED', 'Практика голосования ' || i,
            (select min(code) from practice_category), (array['28', '72', '16'])[i], 'bench', now(), now(), now(), now()
          from generate_series(1, 3) i""");
      s.executeUpdate("""
          insert into contest (title, organisers, directions, application_deadline, voting_starts_at, voting_ends_at,
            status, opened_by, opened_at)
          values ('Смарт Диалог: бенчмарк', 'АСИ', 'Здравоохранение', now() - interval '20 days',
            now() - interval '1 day', now() + interval '1 day', 'VOTING', 'bench', now() - interval '30 days')""");
      long contest = Long.parseLong(SyntheticHistory.oneValue(db, "select max(id) from contest"));
      s.executeUpdate("insert into contest_nomination (contest_id, number, title, group_id, chair_id) values ("
          + contest + ", 1, 'Запись к врачу без очередей', 'contest-" + contest + "-nomination-1', 'bench')");
      s.executeUpdate("""
          insert into contest_entry (contest_id, nomination_id, practice_id, title, region_code, applied_by,
            applied_at, status, jury_score)
          select n.contest_id, n.id, p.id, p.title, p.region_code, 'bench', now() - interval '25 days',
            'SHORT_LISTED', 4.0
          from contest_nomination n cross join practice p
          where n.contest_id = %d and p.title like 'Практика голосования %%'""".formatted(contest));
      String ids = SyntheticHistory.oneValue(db, "select string_agg(id::text, ',' order by id) from contest_entry "
          + "where contest_id = " + contest);
      String[] split = ids.split(",");
      for (int i = 0; i < 3; i++) {
        entries[i] = Long.parseLong(split[i]);
      }
      return contest;
    }
  }
}
