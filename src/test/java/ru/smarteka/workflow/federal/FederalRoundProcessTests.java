package ru.smarteka.workflow.federal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ru.smarteka.workflow.federal.FederalRoundProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.region.FederalReviewerInfo;
import ru.smarteka.workflow.replication.PositionLevel;
import ru.smarteka.workflow.replication.ReplicationService;
import ru.smarteka.workflow.replication.RequestData;
import ru.smarteka.workflow.region.ReferenceData;
import ru.smarteka.workflow.system.ConflictException;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.UnprocessableException;
import ru.smarteka.workflow.support.DecisionTableUnderTest;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.MutableClock;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.support.PublishedPractices;
import ru.smarteka.workflow.support.Workflows;

/**
 * The federal approval round (seed 001): a moderator opens a round of published healthcare practices with the
 * Ministry of Health, the State Council's health commission and the Ministry of Education taking part; the routing
 * decision sends each practice to the first two; approvals, a decline, a practice nobody of the round reviews, the
 * round's deadline, the one-open-round rule in the database, a reassignment, the refusals.
 */
@IntegrationTest
class FederalRoundProcessTests {

  static final String MINZDRAV = "minzdrav";
  static final String HEALTH = "health";
  static final String MINPROSV = "minprosveshcheniya";

  @Autowired ProcessEngine engine;
  @Autowired MutableClock clock;
  @Autowired FederalRounds rounds;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired ReferenceData reference;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReplicationService replications;

  Workflows flows;
  PublishedPractices published;
  CurrentUser moderator;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    flows = new Workflows(engine);
    published = new PublishedPractices(engine, practices, documents, publications);
    moderator = flows.user("moderator1");
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  FederalRounds.Round open(List<String> reviewers, Long... practiceIds) {
    return rounds.open(moderator, new FederalRounds.OpenRound("Отбор практик для массового тиражирования",
        clock.instant().plus(Duration.ofDays(60)), reviewers, List.of(practiceIds)));
  }

  ProcessInstance reviewOf(FederalRounds.Round round, int index) {
    return flows.instance(REVIEW_KEY, round.practices().get(index).id());
  }

  Task reviewTask(ProcessInstance review, String group) {
    return taskService.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey(TASK_REVIEW_PRACTICE)
        .taskCandidateGroup(group).includeAssignedTasks().singleResult();
  }

  static Map<String, Object> decision(String decision, String conclusion) {
    return Map.of("reviewDecision", decision, "reviewConclusion", conclusion, "recommendProject", false);
  }

  @Test
  void practiceApprovedByItsFederalBodyAndCommissionIsApprovedForMassReplication() {
    long practice = published.publish("28", "Хоспис на дому Приамурья");
    // Tyumen replicates it already: its official is told of the approval too
    var tyumen = flows.as("official72", () -> replications.request(flows.user("official72"), new RequestData(
        practice, "72", "Департамент здравоохранения Тюменской области", "Директор департамента",
        "Департамент здравоохранения", PositionLevel.HEAD_OF_EXECUTIVE_BODY, "dzo@72.example.ru", "+7 3452 00-00-00",
        true, true, true)));
    assertThat(taskService.getVariableLocal(flows.task(flows.instance("practice-replication", tyumen.id()),
        "Task_ScreenRequest").getId(), "federalApproval")).as("not approved yet").isEqualTo("");
    FederalRounds.Round round = open(List.of(MINZDRAV, HEALTH, MINPROSV), practice);
    ProcessInstance roundPi = flows.instance(ROUND_KEY, round.id());
    assertThat(roundPi).isWaitingAt(CALL_PRACTICE_REVIEWS);
    assertThat(round.status()).isEqualTo("OPEN");
    assertThat(round.history()).extracting(FederalRounds.StatusChange::changedBy).containsExactly("moderator1");

    ProcessInstance review = reviewOf(round, 0);
    assertThat(review).hasPassed("Task_RouteReview", "Task_AssignReviewers");
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(review.getId()).list();
    assertThat(tasks).hasSize(2).allSatisfy(t -> assertThat(t.getName())
        .isEqualTo("Рассмотреть практику: Хоспис на дому Приамурья"));
    assertThat(tasks.stream().flatMap(t -> flows.candidateGroups(t).stream()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("federal-body-minzdrav", "state-council-commission-health");
    Task minzdrav = reviewTask(review, "federal-body-minzdrav");
    assertThat(Duration.between(clock.instant(), minzdrav.getDueDate().toInstant()))
        .as("30 days of task-deadlines, before the round's deadline")
        .isBetween(Duration.ofDays(30).minusMinutes(5), Duration.ofDays(30));
    assertThat(minzdrav.getDescription()).startsWith("Рассмотрите от имени органа «Министерство здравоохранения")
        .contains(" Срок — до ").endsWith("(МСК).");
    assertThat(taskService.getVariablesLocal(minzdrav.getId())).containsEntry("practiceTitle",
        "Хоспис на дому Приамурья").containsEntry("reviewerName", "Министерство здравоохранения Российской Федерации")
        .containsEntry("practiceRegion", "Амурская область").containsEntry("practiceCategory", "Здравоохранение");

    InvalidInputException missing = Workflows.refusal(() -> flows.submit("minzdrav", minzdrav,
        Map.of("reviewDecision", "APPROVE", "recommendProject", true)));
    assertThat(missing.errors()).extracting(m -> m.field())
        .containsExactlyInAnyOrder("reviewConclusion", "recommendedProject");
    flows.submit("minzdrav", minzdrav, Map.of("reviewDecision", "APPROVE",
        "reviewConclusion", "Практика снижает нагрузку на стационары и достигает целей нацпроекта",
        "recommendProject", true, "recommendedProject", "национальный проект «Здравоохранение»"));
    assertThat(review).isWaitingAt(TASK_REVIEW_PRACTICE);
    flows.submit("gs-health", reviewTask(review, "state-council-commission-health"),
        decision("APPROVE_WITH_REMARKS", "Одобрить; уточнить расчёт затрат для малых регионов"));

    assertThat(review).isEnded().hasPassed(END_APPROVED);
    assertThat(roundPi).isEnded().hasPassed(END_ROUND_CLOSED);
    FederalRounds.Round closed = rounds.round(moderator, round.id());
    assertThat(closed.status()).isEqualTo("CLOSED");
    assertThat(closed.history()).extracting(FederalRounds.StatusChange::reason).last()
        .isEqualTo("Все практики отбора рассмотрены");
    assertThat(closed.practices().get(0).status()).isEqualTo("APPROVED");
    assertThat(closed.practices().get(0).reviews()).extracting(FederalRounds.Review::reviewedBy)
        .containsExactly("minzdrav", "gs-health");

    List<FederalRounds.Approval> approvals = rounds.approvals(practice);
    assertThat(approvals).hasSize(1);
    assertThat(approvals.get(0).reviewerName()).isEqualTo("Министерство здравоохранения Российской Федерации");
    assertThat(approvals.get(0).projectRecommendation()).isEqualTo("национальный проект «Здравоохранение»");
    assertThat(approvals.get(0).approvedAt()).isNotNull();
    assertThat(jdbc.queryForObject("select count(*) from notification where recipient_user = 'official28' "
        + "and template = 'federal-approval-outcome'", Long.class)).isPositive();
    assertThat(jdbc.queryForObject("select count(*) from notification where recipient_user = 'official72' "
        + "and template = 'federal-approval-recipients'", Long.class)).isPositive();
    assertThat(jdbc.queryForObject("select count(*) from notification where recipient_user = 'moderator1' "
        + "and template = 'federal-round-closed'", Long.class)).isPositive();

    // the moderator screening a new request to replicate it reads the approval in the form
    var tatarstan = flows.as("official16", () -> replications.request(flows.user("official16"), new RequestData(
        practice, "16", "Министерство здравоохранения Республики Татарстан", "Министр", "Минздрав РТ",
        PositionLevel.HEAD_OF_EXECUTIVE_BODY, "mz@16.example.ru", "+7 843 000-00-00", true, true, true)));
    assertThat((String) taskService.getVariableLocal(flows.task(flows.instance("practice-replication",
        tatarstan.id()), "Task_ScreenRequest").getId(), "federalApproval"))
        .startsWith("Одобрена к массовому тиражированию: Министерство здравоохранения Российской Федерации, ")
        .contains("Практика снижает нагрузку", "национальный проект «Здравоохранение»");

    FederalRoundSummary summary = rounds.summary(moderator, round.id());
    assertThat(summary.practices()).isEqualTo(1);
    assertThat(summary.reviewed()).isEqualTo(1);
    assertThat(summary.approved()).isEqualTo(1);
    assertThat(summary.byReviewer()).extracting(FederalRoundSummary.ByReviewer::code)
        .containsExactly(MINZDRAV, MINPROSV, HEALTH);
    assertThat(summary.byReviewer().get(0).recommendedForProjects()).isEqualTo(1);
    assertThat(summary.byReviewer().get(1).assigned()).isZero();
    assertThat(summary.byReviewer().get(2).approvedWithRemarks()).isEqualTo(1);
    assertThat(summary.byCategory()).singleElement().satisfies(c -> {
      assertThat(c.categoryName()).isEqualTo("Здравоохранение");
      assertThat(c.approved()).isEqualTo(1);
    });

    // the round is closed: the practice may go into another round
    FederalRounds.Round next = open(List.of(MINPROSV), practice);
    assertThat(next.practices()).hasSize(1);
  }

  @Test
  void aDeclineLeavesThePracticeNotApproved() {
    long practice = published.publish("72", "Телемедицина для сёл Тюменской области");
    FederalRounds.Round round = open(List.of(MINZDRAV, HEALTH), practice);
    ProcessInstance review = reviewOf(round, 0);
    flows.submit("minzdrav", reviewTask(review, "federal-body-minzdrav"),
        decision("APPROVE", "Практика применима в других регионах"));
    InvalidInputException declinedWithProject = Workflows.refusal(() -> flows.submit("gs-health",
        reviewTask(review, "state-council-commission-health"), Map.of("reviewDecision", "DECLINE",
            "reviewConclusion", "Эффект не доказан", "recommendProject", true, "recommendedProject", "Здравоохранение")));
    assertThat(declinedWithProject.errors()).extracting(m -> m.field()).contains("recommendProject");
    flows.submit("gs-health", reviewTask(review, "state-council-commission-health"),
        decision("DECLINE", "Эффект не подтверждён данными за три года"));

    assertThat(review).isEnded().hasPassed(END_NOT_APPROVED);
    assertThat(rounds.round(moderator, round.id()).practices().get(0).status()).isEqualTo("NOT_APPROVED");
    assertThat(rounds.approvals(practice)).isEmpty();
    assertThat(rounds.summary(moderator, round.id()).notApproved()).isEqualTo(1);
  }

  @Test
  void aPracticeNoBodyOfTheRoundReviewsLeavesTheRoundUnreviewed() {
    long practice = published.publish("16", "Школа здоровья Татарстана");
    FederalRounds.Round round = open(List.of(MINPROSV), practice);

    ProcessInstance review = reviewOf(round, 0);
    assertThat(review).isEnded().hasPassed(END_NO_REVIEWER);
    assertThat(flows.instance(ROUND_KEY, round.id())).isEnded().hasPassed(END_ROUND_CLOSED);
    assertThat(rounds.round(moderator, round.id()).practices().get(0).status()).isEqualTo("NOT_REVIEWED");
  }

  @Test
  void theDeadlineClosesTheRoundAndWhatIsStillInReviewLeavesIt() {
    long first = published.publish("28", "Выездные бригады скорой помощи");
    long second = published.publish("28", "Онкопатруль Приамурья");
    FederalRounds.Round round = open(List.of(MINZDRAV), first, second);
    ProcessInstance roundPi = flows.instance(ROUND_KEY, round.id());
    flows.submit("minzdrav", reviewTask(reviewOf(round, 0), "federal-body-minzdrav"),
        decision("APPROVE", "Одобрить"));
    ProcessInstance pending = reviewOf(round, 1);
    assertThat(roundPi).isWaitingAt(CALL_PRACTICE_REVIEWS);

    flows.fireTimer(roundPi, EVENT_ROUND_DEADLINE);

    assertThat(roundPi).isEnded().hasPassed(END_ROUND_CLOSED);
    assertThat(flows.instance(REVIEW_KEY, round.practices().get(1).id()).isEnded()).isTrue();
    assertThat(taskService.createTaskQuery().processInstanceId(pending.getId()).count()).isZero();
    FederalRounds.Round closed = rounds.round(moderator, round.id());
    assertThat(closed.practices()).extracting(FederalRounds.RoundPractice::status)
        .containsExactly("APPROVED", "NOT_REVIEWED");
    assertThat(closed.history()).extracting(FederalRounds.StatusChange::reason).last().asString()
        .startsWith("Наступил срок отбора: 1");
    FederalRoundSummary summary = rounds.summary(moderator, round.id());
    assertThat(summary.practices()).isEqualTo(2);
    assertThat(summary.reviewed()).isEqualTo(1);
    assertThat(summary.notReviewed()).isEqualTo(1);
  }

  @Test
  void aPracticeIsInAtMostOneOpenRoundWhichTheDatabaseKeeps() {
    long practice = published.publish("72", "Единый диспетчерский центр здравоохранения");
    FederalRounds.Round round = open(List.of(MINZDRAV), practice);

    assertThatThrownBy(() -> open(List.of(HEALTH), practice)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("№" + practice);
    // even when the check is passed by (a race): the unique open marker refuses the second open row
    long otherRound = open(List.of(HEALTH), published.publish("72", "Школа пациента Тюмени")).id();
    assertThatThrownBy(() -> jdbc.update("insert into federal_round_practice (round_id, practice_id, title, "
        + "region_code, category_code, open_practice_id, status) values (?, ?, 'x', '72', 'HEALTHCARE', ?, "
        + "'IN_REVIEW')", otherRound, practice, practice)).isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void onlyAModeratorOpensARoundOfPublishedPracticesWithKnownBodiesAndAFutureDeadline() {
    long draft = practices.create(flows.user("official28"), Passports.completeData("28", "Черновик")).id();
    assertThatThrownBy(() -> rounds.open(flows.user("official28"), new FederalRounds.OpenRound("Отбор",
        clock.instant().plus(Duration.ofDays(1)), List.of(MINZDRAV), List.of(draft))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> rounds.open(flows.user("minzdrav"), new FederalRounds.OpenRound("Отбор",
        clock.instant().plus(Duration.ofDays(1)), List.of(MINZDRAV), List.of(draft))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> open(List.of(MINZDRAV), draft)).isInstanceOf(UnprocessableException.class)
        .hasMessageContaining("не опубликована");
    InvalidInputException bad = Workflows.refusal(() -> rounds.open(moderator, new FederalRounds.OpenRound(" ",
        Instant.now().minusSeconds(60), List.of("minfin", MINZDRAV, MINZDRAV), List.of())));
    assertThat(bad.errors()).extracting(m -> m.field())
        .contains("name", "deadline", "reviewerCodes", "practiceIds");
    InvalidInputException nulls = Workflows.refusal(() -> rounds.open(moderator,
        new FederalRounds.OpenRound(null, null, null, null)));
    assertThat(nulls.errors()).extracting(m -> m.field())
        .containsExactly("name", "deadline", "reviewerCodes", "practiceIds");
  }

  @Test
  void aModeratorHandsAReviewToAnotherBodyOfTheRoundAndTheFirstNoLongerSeesIt() {
    long practice = published.publish("16", "Мобильный маммограф Татарстана");
    FederalRounds.Round round = open(List.of(MINZDRAV, HEALTH, MINPROSV), practice);
    ProcessInstance review = reviewOf(round, 0);
    Task task = reviewTask(review, "federal-body-minzdrav");
    long reviewId = rounds.reviews(moderator, round.id()).stream().filter(r -> r.reviewerCode().equals(MINZDRAV))
        .findFirst().orElseThrow().id();

    assertThatThrownBy(() -> rounds.reassign(flows.user("minzdrav"), round.id(), reviewId, MINPROSV, "Профиль"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> rounds.reassign(moderator, round.id(), reviewId, "ecology", "Профиль"))
        .isInstanceOf(UnprocessableException.class);
    assertThatThrownBy(() -> rounds.reassign(moderator, round.id(), reviewId, HEALTH, "Профиль"))
        .as("the commission reviews the practice already").isInstanceOf(ConflictException.class);
    assertThat(Workflows.refusal(() -> rounds.reassign(moderator, round.id(), reviewId, "nobody", " ")).errors())
        .extracting(m -> m.field()).containsExactlyInAnyOrder("reviewerCode", "reason");

    FederalRounds.Review moved = rounds.reassign(moderator, round.id(), reviewId, MINPROSV,
        "Практика о профилактике в школах: профиль Минпросвещения");
    assertThat(moved.reviewerCode()).isEqualTo(MINPROSV);
    assertThat(moved.reassignedFrom()).isEqualTo(MINZDRAV);
    assertThat(flows.candidateGroups(taskService.createTaskQuery().taskId(task.getId()).singleResult()))
        .containsExactly("federal-body-minprosveshcheniya");
    assertThat(flows.as("minzdrav", () -> taskService.createTaskQuery().taskId(task.getId()).count())).isZero();
    assertThatThrownBy(() -> flows.submit("minzdrav", task, decision("APPROVE", "Одобрить")))
        .isInstanceOf(AuthorizationException.class);
    flows.submit("minprosv", task, decision("APPROVE", "Одобрить для школ"));
    assertThat(rounds.reviews(flows.user("minprosv"), round.id())).singleElement()
        .satisfies(r -> assertThat(r.reviewedBy()).isEqualTo("minprosv"));
    assertThatThrownBy(() -> rounds.reassign(moderator, round.id(), reviewId, MINZDRAV, "Назад"))
        .as("a review done is not handed on").isInstanceOf(ConflictException.class);
  }

  @Test
  void everyBodyTheRoutingNamesReviewsTheCategoryInTheReferenceData() {
    DecisionTableUnderTest routing = DecisionTableUnderTest.load("federal-review-routing.dmn", ROUTING_DECISION);
    Map<String, FederalReviewerInfo> reviewers = reference.federalReviewers().stream()
        .collect(Collectors.toMap(FederalReviewerInfo::code, r -> r));
    assertThat(reviewers).hasSize(16);
    assertThat(reviewers.values()).filteredOn(r -> r.group().startsWith("federal-body-")).hasSize(8);
    for (var category : reference.categories()) {
      List<String> routed = routing.evaluate(org.camunda.bpm.engine.variable.Variables.createVariables()
          .putValue("categoryCode", category.code())).column("reviewerCode");
      assertThat(routed).as(category.code()).isNotEmpty()
          .allSatisfy(code -> assertThat(reviewers.get(code).reviews(category.code())).as(code).isTrue());
    }
  }
}
