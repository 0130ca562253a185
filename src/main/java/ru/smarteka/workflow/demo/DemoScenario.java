package ru.smarteka.workflow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.catalogue.CollectionData;
import ru.smarteka.workflow.catalogue.CollectionView;
import ru.smarteka.workflow.catalogue.Collections;
import ru.smarteka.workflow.federal.FederalRounds;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.practice.PracticeFilter;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeStatus;
import ru.smarteka.workflow.region.ImportResult;
import ru.smarteka.workflow.region.ReferenceData;
import ru.smarteka.workflow.region.ReferenceDataset;
import ru.smarteka.workflow.region.ReferenceImportService;
import ru.smarteka.workflow.replication.PositionLevel;
import ru.smarteka.workflow.replication.ReplicationService;
import ru.smarteka.workflow.replication.ReplicationView;
import ru.smarteka.workflow.replication.RequestData;
import ru.smarteka.workflow.reporting.QuarterlyReportProcess;
import ru.smarteka.workflow.reporting.QuarterlyReportService;
import ru.smarteka.workflow.reporting.ReportPeriod;

/**
 * The demo of the default {@code demo} profile, told once at the first start, in this order:
 * <ol>
 *   <li>the people arrive: a demo user of every role in three regions, with their Tasklist filters;</li>
 *   <li>the administrator imports the demo ratings and responsible bodies (the practices' eligibility needs them);</li>
 *   <li>the experts describe themselves, the ASI moderators take their categories of replications;</li>
 *   <li>officials submit practices, which the moderator, the experts, the secretary and the editor take to every
 *       stage, one of them to the catalogue;</li>
 *   <li>the editor composes a collection of the healthcare practices in the catalogue, shown on their pages;</li>
 *   <li>Tyumen asks to replicate Amur's published practice: moderator1 has a request to screen;</li>
 *   <li>Amur's coordinating ministry starts the report of the last quarter, every body's part is in but the health
 *       ministry's;</li>
 *   <li>Tyumen reports late on the quarter before: its health department's part is past its due date, so the
 *       dashboard's overdue tasks show it;</li>
 *   <li>the «Смарт Диалог» contests ({@link DemoContests}): one finished with its winner, this year's with 13
 *   nominations in its public vote, next year's with scoring tasks in Tasklist;</li>
 *   <li>moderator1 opens the year's federal approval round: the health ministry and the State Council's health
 *       commission have the published healthcare practice to review.</li>
 * </ol>
 * Each chapter goes through the public API of its module, the demo users acting as in Tasklist, and is skipped when
 * its data is there already, so a restart, or a database with real data, is left alone. The practices, the request
 * and the report only with {@code smarteka.demo.practices} (on by default; the tests and the browser suite create
 * their own); the ratings only with {@code smarteka.reference.load-demo-ratings} (on in this profile).
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)   // after the other start-up runners: IdentityBootstrap's groups exist
class DemoScenario implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoScenario.class);

  static final String RATINGS = "reference/demo/ratings.csv";
  static final String RESPONSIBLE_BODIES = "reference/demo/responsible-bodies.csv";
  static final String AMUR = "28";
  static final String TYUMEN = "72";
  private static final CurrentUser ADMIN = CurrentUser.of("demo", List.of(Groups.ADMINS));
  private static final CurrentUser EDITOR = CurrentUser.of("editor", List.of(Groups.ASI_EDITORS));

  private final DemoCast cast;
  private final DemoPractices practicesAtEveryStage;
  private final DemoTasklist tasklist;
  private final ReferenceImportService imports;
  private final ReferenceData reference;
  private final PracticeService practices;
  private final ReplicationService replications;
  private final QuarterlyReportService reports;
  private final Collections collections;
  private final FederalRounds rounds;
  private final DemoContests contests;
  private final Clock clock;
  private final boolean loadRatings;
  private final boolean leaveWork;

  DemoScenario(DemoCast cast, DemoPractices practicesAtEveryStage, DemoTasklist tasklist,
      ReferenceImportService imports, ReferenceData reference, PracticeService practices,
      ReplicationService replications, QuarterlyReportService reports, Collections collections,
      FederalRounds rounds, DemoContests contests, Clock clock,
      @Value("${smarteka.reference.load-demo-ratings:false}") boolean loadRatings,
      @Value("${smarteka.demo.practices:true}") boolean leaveWork) {
    this.cast = cast;
    this.practicesAtEveryStage = practicesAtEveryStage;
    this.tasklist = tasklist;
    this.imports = imports;
    this.reference = reference;
    this.practices = practices;
    this.replications = replications;
    this.reports = reports;
    this.collections = collections;
    this.rounds = rounds;
    this.contests = contests;
    this.clock = clock;
    this.loadRatings = loadRatings;
    this.leaveWork = leaveWork;
  }

  @Override
  public void run(ApplicationArguments args) {
    play();
  }

  /** The story; a chapter whose data exists is skipped. */
  void play() {
    cast.arrive();
    if (loadRatings) {
      administratorImportsTheDemoRatings();
    }
    cast.expertsDescribeThemselves();
    cast.moderatorsTakeTheirCategories();
    if (!leaveWork) {
      return;
    }
    if (practices.count() == 0) {
      practicesAtEveryStage.atEveryStage();
    }
    if (collections.all(EDITOR).isEmpty()) {
      editorComposesAHealthcareCollection();
    }
    if (replications.list(ADMIN, null, null, PageRequest.of(0, 1)).getTotalElements() == 0) {
      tyumenAsksToReplicateAmursLatestPublishedPractice();
    }
    if (!reports.exists(AMUR, lastQuarter())) {
      amurReportsOnTheLastQuarter();
    }
    if (!reports.exists(TYUMEN, lastQuarter().previous())) {
      tyumenIsLateWithTheReportOfTheQuarterBefore();
    }
    if (rounds.count() == 0) {
      moderatorOpensAFederalRound();
    }
    // the «Смарт Диалог» contests of the Amur published practice (skipped when contests exist)
    if (!contests.any()) {
      contests.play(practices.publishedIds().stream()
          .filter(id -> practices.published(id).map(p -> AMUR.equals(p.regionCode())).orElse(false))
          .findFirst().orElse(null));
    }
  }

  /** The rating results and responsible bodies of the demo regions, through the CSV import, into an empty table. */
  void administratorImportsTheDemoRatings() {
    if (reference.latestRatingYear().isPresent()) {
      log.info("Rating data present, demo reference data not loaded");
      return;
    }
    ImportResult rated = imports.importCsv(ReferenceDataset.RATINGS, read(RATINGS));
    ImportResult bodies = imports.importCsv(ReferenceDataset.RESPONSIBLE_BODIES, read(RESPONSIBLE_BODIES));
    log.info("Demo reference data loaded: {} rating rows ({}), {} responsible bodies of regions {}",
        rated.rowsImported(), rated.yearsOrRegionsReplaced(), bodies.rowsImported(), bodies.yearsOrRegionsReplaced());
  }

  /**
   * The editor publishes the collection «Поликлиника без очередей» of the published healthcare practices (up to ten),
   * so a newcomer sees a collection on a practice's page in the catalogue; its id, or null without such practices.
   */
  Long editorComposesAHealthcareCollection() {
    List<Long> healthcare = practices.list(ADMIN, new PracticeFilter(null, "HEALTHCARE", null, PracticeStatus.PUBLISHED),
        PageRequest.of(0, 10, Sort.by("id"))).getContent().stream().map(practice -> practice.id()).toList();
    if (healthcare.isEmpty()) {
      return null;
    }
    CollectionView created = collections.create(EDITOR, new CollectionData("Поликлиника без очередей",
        "Практики регионов, которые сокращают ожидание приёма врача и делают запись удобной",
        "Здравоохранение: доступность первичной помощи", healthcare, true, 1));
    log.info("Demo data: collection {} with practices {}", created.id(), healthcare);
    return created.id();
  }

  /**
   * Tyumen (official72) presses «Хочу внедрить» on Amur's most recently published practice, so moderator1 finds a
   * request to screen in Tasklist; the request's id, or null when Amur has no published practice.
   */
  Long tyumenAsksToReplicateAmursLatestPublishedPractice() {
    var published = practices.list(ADMIN, new PracticeFilter(AMUR, null, null, PracticeStatus.PUBLISHED),
        PageRequest.of(0, 1, Sort.by("publishedAt").descending())).getContent();
    if (published.isEmpty()) {
      return null;
    }
    long practiceId = published.get(0).id();
    ReplicationView request = tasklist.as("official72", user -> replications.request(user, new RequestData(
        practiceId, "72", "Департамент здравоохранения Тюменской области", "Директор департамента",
        "Департамент здравоохранения Тюменской области", PositionLevel.HEAD_OF_EXECUTIVE_BODY,
        "dzo@72.example.ru", "+7 (3452) 50-00-00", true, true, true)));
    log.info("Demo data: replication request {} of practice {} by Tyumen", request.id(), request.practiceId());
    return request.id();
  }

  /**
   * coordinator28 starts Amur's report of the last quarter; official28 submits every body's part but the health
   * ministry's, which waits for them in Tasklist (then coordinator28 consolidates and downloads the XLSX). The
   * report's business key.
   */
  String amurReportsOnTheLastQuarter() {
    String key = tasklist.as("coordinator28", user -> reports.start(user, AMUR, lastQuarter()));
    int submitted = 0;
    for (Task task : tasklist.tasks(QuarterlyReportProcess.KEY, key, QuarterlyReportProcess.TASK_SUBMIT_BODY_REPORT)) {
      if (task.getName().contains("здравоохранения")) {
        continue;
      }
      tasklist.claimAndSubmit("official28", task, Map.of("confirmReport", true));
      submitted++;
    }
    log.info("Demo data: quarterly report {} with {} bodies' parts submitted", key, submitted);
    return key;
  }

  /**
   * coordinator72 starts Tyumen's report of the quarter before the last one, late: its reporting day (the 15th of the
   * month after that quarter) is months gone, so the part of the health department, which official72 has not
   * submitted yet (every other body's part is in), is overdue from the start: the analytics dashboard's «overdue
   * tasks» show it under region-72-officials, Tyumen, the quarterly report. Its due date is the one the
   * {@code task-deadlines} decision gives every body's part; nothing is back-dated. The report's business key.
   */
  String tyumenIsLateWithTheReportOfTheQuarterBefore() {
    String key = tasklist.as("coordinator72", user -> reports.start(user, TYUMEN, lastQuarter().previous()));
    int submitted = 0;
    for (Task task : tasklist.tasks(QuarterlyReportProcess.KEY, key, QuarterlyReportProcess.TASK_SUBMIT_BODY_REPORT)) {
      if (task.getName().contains("здравоохранения")) {
        continue;
      }
      tasklist.claimAndSubmit("official72", task, Map.of("confirmReport", true));
      submitted++;
    }
    log.info("Demo data: Tyumen's late quarterly report {} with {} bodies' parts submitted, the health "
        + "department's overdue", key, submitted);
    return key;
  }

  /**
   * moderator1 opens this year's federal approval round with the 8 federal bodies and 8 State Council commissions of
   * 2022 and the published practices proposed from the data (the most replicated ones in no open round): the health
   * ministry ({@code minzdrav}) and the State Council's health commission ({@code gs-health}) find a review of the
   * published healthcare practice in Tasklist. The round's id, or null without a published practice to review.
   */
  Long moderatorOpensAFederalRound() {
    return tasklist.as("moderator1", user -> {
      List<Long> proposed = rounds.proposal(user, 50).stream().filter(p -> !p.reviewerCodes().isEmpty())
          .map(FederalRounds.ProposedPractice::practiceId).toList();
      if (proposed.isEmpty()) {
        return null;
      }
      List<String> everyBody = rounds.reviewers().stream().map(FederalRounds.Reviewer::code).toList();
      FederalRounds.Round round = rounds.open(user, new FederalRounds.OpenRound(
          "Отбор практик для массового тиражирования " + LocalDate.now(clock).getYear() + " года",
          clock.instant().plus(java.time.Duration.ofDays(60)), everyBody, proposed));
      log.info("Demo data: federal approval round {} with {} practices and {} bodies", round.id(), proposed.size(),
          everyBody.size());
      return round.id();
    });
  }

  private ReportPeriod lastQuarter() {
    return ReportPeriod.containing(LocalDate.now(clock)).previous();
  }

  private static byte[] read(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }
}
