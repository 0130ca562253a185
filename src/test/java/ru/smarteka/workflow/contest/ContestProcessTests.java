package ru.smarteka.workflow.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ru.smarteka.workflow.contest.ContestProcess.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import ru.smarteka.workflow.catalogue.CatalogueOrder;
import ru.smarteka.workflow.catalogue.CataloguePage;
import ru.smarteka.workflow.catalogue.CatalogueQuery;
import ru.smarteka.workflow.catalogue.CatalogueSearch;
import ru.smarteka.workflow.identity.TasklistFilters;
import ru.smarteka.workflow.practice.ContestAward;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.MutableClock;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.support.Workflows;
import ru.smarteka.workflow.system.ConflictException;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.UnprocessableException;

/**
 * The «Смарт Диалог» contest (seed 002) through both processes: applications until the deadline, scoring by the
 * working groups without conflicts of interest, the chairs' short lists, the public vote, the results and the
 * winners' badges; a contest nobody applied to; the refusals.
 */
@IntegrationTest
class ContestProcessTests {

  @Autowired ProcessEngine engine;
  @Autowired MutableClock clock;
  @Autowired Contests contests;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;
  @Autowired CatalogueSearch catalogue;

  ContestScenario scenario;
  Workflows flows;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    scenario = new ContestScenario(engine, practices, documents, publications, contests, clock);
    flows = scenario.flows;
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aContestRunsFromApplicationsThroughScoringShortListsAndVotingToItsWinners() {
    long amur = scenario.published.publish("28", "Запись к врачу через чат-бот Приамурья");
    long tyumen = scenario.published.publish("72", "Электронная очередь в поликлиниках Тюмени");
    long tatarstan = scenario.published.publish("16", "Поликлиника без очередей Татарстана");
    long tyumenKindergarten = scenario.published.publish("72", "Детский сад рядом с домом: Тюмень");
    long tatarstanKindergarten = scenario.published.publish("16", "Электронная очередь в детские сады Татарстана");
    Contests.Contest contest = scenario.open("Смарт Диалог 2026");
    ProcessInstance contestPi = scenario.contestInstance(contest);
    assertThat(contestPi).isWaitingAt(EVENT_INTAKE_DEADLINE);
    assertThat(contest.status()).isEqualTo("INTAKE");
    assertThat(contest.nominations()).extracting(Contests.Nomination::workingGroup)
        .containsExactly("contest-" + contest.id() + "-nomination-1", "contest-" + contest.id() + "-nomination-2");
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(contest.nominations().get(0)
        .workingGroup()).count()).isEqualTo(3);

    Contests.Entry e1 = scenario.apply("official28", contest, 1, amur);
    Contests.Entry e2 = scenario.apply("official72", contest, 1, tyumen);
    Contests.Entry e3 = scenario.apply("official16", contest, 1, tatarstan);
    Contests.Entry e4 = scenario.apply("official72", contest, 2, tyumenKindergarten);
    Contests.Entry e5 = scenario.apply("official16", contest, 2, tatarstanKindergarten);
    assertThat(e1.regionName()).isEqualTo("Амурская область");
    assertThat(e1.history()).extracting(Contests.StatusChange::changedBy).containsExactly("official28");
    assertThat(scenario.entryInstance(e1)).isWaitingAt(EVENT_INTAKE_CLOSED);

    // another region's practice, the same practice twice, an incomplete new passport, an unknown nomination
    assertThatThrownBy(() -> scenario.apply("official28", contest, 2, tyumen))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> scenario.apply("official28", contest, 2, amur)).isInstanceOf(ConflictException.class);
    long draft = practices.create(flows.user("official28"), Passports.completeData("28", "Черновик")).id();
    assertThat(Workflows.refusal(() -> scenario.apply("official28", contest, 1, draft)).errors())
        .as("a new passport goes to publication only complete").extracting(m -> m.field()).contains("documents");
    assertThat(Workflows.refusal(() -> scenario.apply("official28", contest, 9, amur)).errors())
        .extracting(m -> m.field()).containsExactly("nomination");

    flows.fireTimer(contestPi, EVENT_INTAKE_DEADLINE);

    // intake is closed by the timer: a later application is refused with a clear reason
    long late = scenario.published.publish("28", "Опоздавшая практика Приамурья");
    assertThatThrownBy(() -> scenario.apply("official28", contest, 1, late))
        .isInstanceOf(UnprocessableException.class).hasMessageContaining("Приём заявок на конкурс «Смарт Диалог 2026» закрыт");
    assertThat(contests.contest(contest.id()).status()).isEqualTo("SCORING");
    assertThat(contestPi).isWaitingAt(TASK_CONFIRM_SHORT_LIST);

    // the Amur representative does not score the Amur entry, the Tatarstan official not the Tatarstan one
    assertThat(scenario.scoreTask(e1, "contest-jury28")).isNull();
    assertThat(scenario.scoreTask(e2, "contest-jury28")).isNotNull();
    assertThat(scenario.scoreTask(e5, "official16")).isNull();
    assertThat(scenario.scoreTask(e4, "official16")).isNotNull();
    Task scoring = scenario.scoreTask(e1, "contest-jury1");
    assertThat(scoring.getName()).isEqualTo("Оценить заявку: Запись к врачу через чат-бот Приамурья");
    assertThat(scoring.getDescription()).contains("«Запись к врачу без очередей»", "(Амурская область)")
        .endsWith("(МСК).");
    assertThat(Duration.between(clock.instant(), scoring.getDueDate().toInstant()))
        .isBetween(Duration.ofDays(10).minusMinutes(5), Duration.ofDays(10));
    assertThat(taskService.getVariablesLocal(scoring.getId())).containsEntry("practiceRegion", "Амурская область")
        .containsEntry("nominationTitle", "Запись к врачу без очередей");

    // the member finds it in Tasklist's «Мои задачи»
    var myTasks = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.MY_TASKS).singleResult();
    assertThat(flows.as("contest-jury1", () -> engine.getFilterService().<Task>list(myTasks.getId())))
        .extracting(Task::getId).contains(scoring.getId());

    // only the member the assessment is theirs sees and completes it: not a colleague, not another nomination
    assertThat(flows.as("contest-jury2", () -> taskService.createTaskQuery().taskId(scoring.getId()).count()))
        .isZero();
    assertThatThrownBy(() -> flows.submit("contest-jury2", scoring, ContestScenario.scores(5)))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> flows.as("contest-chair1", () -> taskService.complete(scoring.getId(),
        Map.of("scoreResults", "5")))).isInstanceOf(AuthorizationException.class);
    InvalidInputException missing = Workflows.refusal(() -> flows.submit("contest-jury1", scoring,
        Map.of("scoreResults", "7")));
    assertThat(missing.errors()).extracting(m -> m.field()).contains("scoreResults", "scoreNovelty");

    // the chair cannot confirm before the group has scored
    assertThatThrownBy(() -> scenario.confirm(contest, "contest-chair1", e1)).rootCause()
        .isInstanceOf(UnprocessableException.class).hasMessageContaining("ещё не оценила");

    flows.submit("contest-jury1", scoring, ContestScenario.scores(5, 5, 4, 4, 3));
    scenario.score(e1, "contest-chair1", 5);
    for (Contests.Entry e : List.of(e2, e3)) {
      scenario.score(e, "contest-chair1", e == e2 ? 4 : 2);
      scenario.score(e, "contest-jury1", e == e2 ? 4 : 2);
      scenario.score(e, "contest-jury28", e == e2 ? 3 : 2);
    }
    scenario.score(e4, "contest-chair2", 4);
    scenario.score(e4, "contest-jury2", 4);
    scenario.score(e4, "official16", 5);
    scenario.score(e5, "contest-chair2", 3);
    scenario.score(e5, "contest-jury2", 3);
    assertThat(scenario.entryInstance(e1)).isWaitingAt(EVENT_SHORT_LIST_CONFIRMED);
    // 0.3·5 + 0.25·5 + 0.2·4 + 0.15·4 + 0.1·3 = 4.45 and 5: the mean 4.725
    assertThat(jdbc.queryForObject("select jury_score from contest_entry where id = ?", java.math.BigDecimal.class,
        e1.id())).isEqualByComparingTo("4.725");
    assertThat(jdbc.queryForObject("select count(*) from contest_score s join contest_assessment a "
        + "on a.id = s.assessment_id where a.entry_id = ?", Integer.class, e1.id())).isEqualTo(10);

    Task chairTask = scenario.shortListTask(contest, "contest-chair1");
    assertThat((String) taskService.getVariableLocal(chairTask.getId(), "ranking"))
        .startsWith("№" + e1.id() + " — «Запись к врачу через чат-бот Приамурья», Амурская область: 4.725");
    assertThatThrownBy(() -> flows.submit("contest-jury1", chairTask, Map.of("shortListEntries",
        String.valueOf(e1.id())))).isInstanceOf(AuthorizationException.class);
    assertThat(Workflows.refusal(() -> flows.submit("contest-chair1", chairTask, Map.of("shortListEntries",
        e1.id() + ", " + e4.id()))).errors()).extracting(m -> m.field()).containsExactly("shortListEntries");
    scenario.confirm(contest, "contest-chair1", e1, e2, e3);
    scenario.confirm(contest, "contest-chair2", e4);
    assertThat(scenario.entryInstance(e5)).isEnded().hasPassed(END_NOT_SHORT_LISTED);
    assertThat(scenario.entryInstance(e1)).isWaitingAt(EVENT_RESULTS_ANNOUNCED);
    assertThat(contestPi).isWaitingAt(EVENT_VOTING_STARTS);

    // no voting before it opens
    assertThatThrownBy(() -> contests.vote(flows.user("portal"), contest.id(), 1, e1.id(), "resident-1"))
        .isInstanceOf(UnprocessableException.class).hasMessageContaining("сейчас не идёт");
    scenario.startVoting(contest);
    assertThat(contests.contest(contest.id()).status()).isEqualTo("VOTING");
    assertThat(contestPi).isWaitingAt(EVENT_VOTING_ENDS);

    contests.vote(flows.user("portal"), contest.id(), 1, e2.id(), "resident-1");
    contests.vote(flows.user("portal"), contest.id(), 1, e2.id(), "resident-2");
    contests.vote(flows.user("portal"), contest.id(), 1, e1.id(), "resident-3");
    contests.vote(flows.user("portal"), contest.id(), 2, e4.id(), "resident-1");
    assertThatThrownBy(() -> contests.vote(flows.user("portal"), contest.id(), 1, e1.id(), "resident-1"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("уже проголосовал");
    assertThatThrownBy(() -> contests.vote(flows.user("portal"), contest.id(), 2, e5.id(), "resident-4"))
        .isInstanceOf(UnprocessableException.class).hasMessageContaining("не в коротком списке");
    assertThatThrownBy(() -> contests.vote(flows.user("portal"), contest.id(), 2, e1.id(), "resident-4"))
        .as("an entry of another nomination").isInstanceOf(UnprocessableException.class);
    assertThatThrownBy(() -> contests.vote(flows.user("official28"), contest.id(), 1, e1.id(), "resident-9"))
        .isInstanceOf(AccessDeniedException.class);
    Contests.Tally tally = contests.tally(contest.id(), 1);
    assertThat(tally.votingOpen()).isTrue();
    assertThat(tally.total()).isEqualTo(3);
    assertThat(tally.entries()).extracting(Contests.VoteCount::entryId, Contests.VoteCount::votes)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(e2.id(), 2L), org.assertj.core.groups.Tuple.tuple(
            e1.id(), 1L), org.assertj.core.groups.Tuple.tuple(e3.id(), 0L));
    assertThat(jdbc.queryForList("select voter_hash from contest_vote", String.class))
        .as("no voter id is kept").noneMatch(h -> h.contains("resident"));
    assertThatThrownBy(() -> contests.results(contest.id())).isInstanceOf(UnprocessableException.class);

    flows.fireTimer(contestPi, EVENT_VOTING_ENDS);

    assertThat(contestPi).isEnded().hasPassed(END_RESULTS_PUBLISHED);
    assertThat(scenario.entryInstance(e1)).isEnded().hasPassed(END_WINNER);
    assertThat(scenario.entryInstance(e2)).isEnded().hasPassed(END_WINNER);
    assertThat(scenario.entryInstance(e3)).isEnded().hasPassed(END_FINALIST);
    assertThat(scenario.entryInstance(e4)).isEnded().hasPassed(END_WINNER);
    Contests.Results results = contests.results(contest.id());
    assertThat(results.nominations()).hasSize(2);
    Contests.NominationResult first = results.nominations().get(0);
    assertThat(first.ranking()).extracting(Contests.Entry::id).containsExactly(e1.id(), e2.id(), e3.id());
    assertThat(first.juryWinnerEntryId()).isEqualTo(e1.id());
    assertThat(first.publicWinnerEntryId()).isEqualTo(e2.id());
    assertThat(first.ranking()).extracting(Contests.Entry::votes).containsExactly(1, 2, 0);
    assertThat(contests.contest(contest.id()).history()).extracting(Contests.StatusChange::status)
        .containsExactly("INTAKE", "SCORING", "VOTING", "FINISHED");

    ContestAward award = practices.get(flows.user("official72"), amur).contestAward();
    assertThat(award.badge()).isEqualTo("Победитель конкурса «Смарт Диалог 2026»");
    assertThat(award.nomination()).isEqualTo("Запись к врачу без очередей");
    assertThat(award.kind()).isEqualTo("Победитель по решению рабочей группы");
    assertThat(award.recommendedForAdaptation()).isTrue();
    assertThat(practices.get(flows.user("official72"), tyumen).contestAward().kind())
        .isEqualTo("Победитель голосования жителей");
    assertThat(practices.get(flows.user("official72"), tatarstan).contestAward()).isNull();

    // the catalogue: the contest's winners by its filter, each hit with its badge, the badge on the practice's page
    CataloguePage winners = catalogue.search(new CatalogueQuery(null, List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of()), contest.id(), CatalogueOrder.PUBLISHED, false, 0, 20);
    assertThat(winners.content()).extracting(CataloguePage.Hit::id)
        .containsExactlyInAnyOrder(amur, tyumen, tyumenKindergarten);
    assertThat(winners.content()).allSatisfy(h -> assertThat(h.contestBadge())
        .startsWith("Победитель конкурса «Смарт Диалог 2026»: "));
    assertThat(catalogue.practice(amur).contestAward().nomination()).isEqualTo("Запись к врачу без очередей");
    assertThat(catalogue.search(new CatalogueQuery(null, List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of()), 999_999L, CatalogueOrder.PUBLISHED, false, 0, 20).content()).isEmpty();
  }

  @Test
  void aContestNobodyAppliedToIsNotHeld() {
    Contests.Contest contest = scenario.open("Смарт Диалог без заявок");
    ProcessInstance contestPi = scenario.contestInstance(contest);

    flows.fireTimer(contestPi, EVENT_INTAKE_DEADLINE);

    assertThat(contestPi).isEnded().hasPassed(END_NOT_HELD);
    assertThat(contests.contest(contest.id()).status()).isEqualTo("NOT_HELD");
  }

  @Test
  void anApplicationAfterTheDeadlineIsRefusedEvenBeforeTheTimerRan() {
    long practice = scenario.published.publish("72", "Школьный автобус по запросу");
    Contests.Contest contest = scenario.open("Смарт Диалог: срок");
    clock.set(contest.applicationDeadline().plusSeconds(1));

    assertThatThrownBy(() -> scenario.apply("official72", contest, 2, practice))
        .isInstanceOf(UnprocessableException.class).hasMessageContaining("заявки больше не принимаются");
  }

  @Test
  void onlyAModeratorOpensAContestWithKnownMembersAndOrderedDates() {
    assertThatThrownBy(() -> contests.open(flows.user("official28"), new Contests.OpenContest("Конкурс", "АСИ",
        "Образование", clock.instant().plusSeconds(60), clock.instant().plusSeconds(120),
        clock.instant().plusSeconds(180), List.of()))).isInstanceOf(AccessDeniedException.class);
    InvalidInputException bad = Workflows.refusal(() -> contests.open(flows.user("moderator1"),
        new Contests.OpenContest(" ", null, "Образование", clock.instant().minusSeconds(60),
            clock.instant().minusSeconds(120), null, List.of(new Contests.NominationSpec("Школа", "nobody",
                List.of(new Contests.MemberSpec("no-such-user", null), new Contests.MemberSpec("contest-jury1",
                    "99")))))));
    assertThat(bad.errors()).extracting(m -> m.field()).contains("title", "organisers", "applicationDeadline",
        "votingStartsAt", "votingEndsAt", "nominations[0].members", "nominations[0].chairId");
  }

  @Test
  void theProcessesAreStartedByTheApplicationOnly() {
    assertThatThrownBy(() -> flows.as("moderator1", () -> runtimeService.startProcessInstanceByKey(CONTEST_KEY,
        "contest-1"))).isInstanceOfAny(AccessDeniedException.class, AuthorizationException.class);
    assertThatThrownBy(() -> flows.as("official28", () -> runtimeService.startProcessInstanceByKey(ENTRY_KEY,
        "contest-entry-1"))).isInstanceOfAny(AccessDeniedException.class, AuthorizationException.class);
  }
}
