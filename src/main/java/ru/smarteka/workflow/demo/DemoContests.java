package ru.smarteka.workflow.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.contest.ContestProcess;
import ru.smarteka.workflow.contest.Contests;
import ru.smarteka.workflow.identity.CurrentUser;

/**
 * The «Смарт Диалог» chapter of the demo: three contests of the Amur published practice, told as their people work.
 * <ul>
 *   <li>«Смарт Диалог 2023» is finished: the working group scored the practice, the chair short-listed it, residents
 *   voted through the portal, it won its nomination (the badge on the practice and in the catalogue);</li>
 *   <li>this year's contest with the 13 nominations built from citizens' requests is in its public vote;</li>
 *   <li>next year's contest has closed intake: {@code contest-chair1} and {@code contest-jury1} find the practice's
 *   scoring task in Tasklist ({@code contest-jury28} represents the Amur region and has none), the chair then the
 *   short list.</li>
 * </ul>
 * The demo runs the contests' deadline timers at once (the application would run them at their dates).
 */
@Component
@org.springframework.context.annotation.Profile("demo")
class DemoContests {

  private static final Logger log = LoggerFactory.getLogger(DemoContests.class);

  static final List<String> NOMINATIONS = List.of(
      "Запись к врачу без очередей",
      "Лекарства для льготников без перебоев",
      "Медицинская помощь в сёлах",
      "Диспансеризация и профилактика",
      "Место в детском саду рядом с домом",
      "Запись в первый класс",
      "Дополнительное образование детей",
      "Школьное питание",
      "Поддержка семей с детьми",
      "Забота о старшем поколении",
      "Доступная среда для людей с инвалидностью",
      "Социальные выплаты без лишних справок",
      "Цифровые сервисы для жителей");

  private final Contests contests;
  private final DemoTasklist tasklist;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final java.time.Clock clock;

  DemoContests(Contests contests, DemoTasklist tasklist, RuntimeService runtimeService,
      ManagementService managementService, java.time.Clock clock) {
    this.contests = contests;
    this.tasklist = tasklist;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.clock = clock;
  }

  /** Whether any contest exists (a restart, or real data: the chapter is then skipped). */
  boolean any() {
    return contests.count() > 0;
  }

  /** The three contests of the Amur published practice, their ids (finished, voting, scoring); none without one. */
  List<Long> play(Long publishedPractice) {
    if (publishedPractice == null) {
      return List.of();
    }
    int year = LocalDate.now(clock).getYear();
    Contests.Contest finished = open("Смарт Диалог 2023", NOMINATIONS.subList(0, 2));
    Contests.Entry winner = applyAndScore(finished, publishedPractice);
    confirm(finished, "contest-chair1", winner);
    fire(finished, ContestProcess.EVENT_VOTING_STARTS);
    for (int voter = 1; voter <= 3; voter++) {
      vote(finished, winner, "demo-voter-" + voter);
    }
    fire(finished, ContestProcess.EVENT_VOTING_ENDS);

    Contests.Contest voting = open("Смарт Диалог " + year, NOMINATIONS);
    Contests.Entry finalist = applyAndScore(voting, publishedPractice);
    confirm(voting, "contest-chair1", finalist);
    fire(voting, ContestProcess.EVENT_VOTING_STARTS);
    for (int voter = 1; voter <= 5; voter++) {
      vote(voting, finalist, "demo-voter-" + voter);
    }

    Contests.Contest scoring = open("Смарт Диалог " + (year + 1), NOMINATIONS.subList(0, 5));
    tasklist.as("official28", user -> contests.apply(user, scoring.id(), 1, publishedPractice));
    fire(scoring, ContestProcess.EVENT_INTAKE_DEADLINE);
    log.info("Demo data: contests {} (finished), {} (voting, {} nominations), {} (scoring in Tasklist)",
        finished.id(), voting.id(), NOMINATIONS.size(), scoring.id());
    return List.of(finished.id(), voting.id(), scoring.id());
  }

  private Contests.Contest open(String title, List<String> nominations) {
    Instant now = clock.instant();
    List<Contests.NominationSpec> specs = new ArrayList<>();
    for (int i = 0; i < nominations.size(); i++) {
      specs.add(i % 2 == 0
          ? new Contests.NominationSpec(nominations.get(i), "contest-chair1", List.of(
              new Contests.MemberSpec("contest-chair1", null), new Contests.MemberSpec("contest-jury1", null),
              new Contests.MemberSpec("contest-jury28", "28")))
          : new Contests.NominationSpec(nominations.get(i), "contest-chair2", List.of(
              new Contests.MemberSpec("contest-chair2", null), new Contests.MemberSpec("contest-jury2", null))));
    }
    return tasklist.as("moderator1", user -> contests.open(user, new Contests.OpenContest(title,
        "АСИ, АНО «Диалог Регионы»; при поддержке Минздрава, Минтруда и Минпросвещения России",
        "Здравоохранение, социальная политика, образование, цифровые сервисы",
        now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(45)), now.plus(Duration.ofDays(60)), specs)));
  }

  /** Amur applies in the first nomination; intake closes; the members without a conflict score it. */
  private Contests.Entry applyAndScore(Contests.Contest contest, long practice) {
    Contests.Entry entry = tasklist.as("official28", user -> contests.apply(user, contest.id(), 1, practice));
    fire(contest, ContestProcess.EVENT_INTAKE_DEADLINE);
    String key = ContestProcess.entryKey(entry.id());
    for (Task task : tasklist.tasks(ContestProcess.ENTRY_KEY, key, ContestProcess.TASK_SCORE_ENTRY)) {
      tasklist.submit(task.getAssignee(), task, Map.of("scoreResults", "5", "scoreCitizensRequests", "5",
          "scoreNationalGoals", "4", "scoreReplicability", "4", "scoreNovelty", "4",
          "assessmentComment", "Измеримый результат: запись к врачу без очередей во всех поликлиниках области"));
    }
    return entry;
  }

  private void confirm(Contests.Contest contest, String chair, Contests.Entry entry) {
    for (Task task : tasklist.tasks(ContestProcess.CONTEST_KEY, ContestProcess.contestKey(contest.id()),
        ContestProcess.TASK_CONFIRM_SHORT_LIST)) {
      if (chair.equals(task.getAssignee())) {
        tasklist.submit(chair, task, Map.of("shortListEntries", String.valueOf(entry.id()),
            "shortListComment", "Лучший балл рабочей группы"));
      }
    }
  }

  private void vote(Contests.Contest contest, Contests.Entry entry, String voter) {
    CurrentUser portal = tasklist.user("portal");
    contests.vote(portal, contest.id(), 1, entry.id(), voter);
  }

  /** Runs the contest's timer now (the demo does not wait for its date). */
  private void fire(Contests.Contest contest, String timer) {
    ProcessInstance pi = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(ContestProcess.contestKey(contest.id()))
        .processDefinitionKey(ContestProcess.CONTEST_KEY).singleResult();
    Job job = managementService.createJobQuery().processInstanceId(pi.getId()).timers().activityId(timer)
        .singleResult();
    managementService.executeJob(job.getId());
  }
}
