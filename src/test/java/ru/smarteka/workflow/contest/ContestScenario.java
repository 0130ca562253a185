package ru.smarteka.workflow.contest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.support.MutableClock;
import ru.smarteka.workflow.support.PublishedPractices;
import ru.smarteka.workflow.support.Workflows;

/**
 * A contest as the tests take it: two nominations, the first with chair {@code contest-chair1}, {@code
 * contest-jury1} and {@code contest-jury28} (who represents the Amur region), the second with chair {@code
 * contest-chair2}, {@code contest-jury2} and {@code official16} (Tatarstan by their regional group).
 */
final class ContestScenario {

  final Workflows flows;
  final PublishedPractices published;
  final Contests contests;
  final TaskService taskService;
  final MutableClock clock;

  ContestScenario(ProcessEngine engine, PracticeService practices, PracticeDocuments documents,
      PublicationService publications, Contests contests, MutableClock clock) {
    this.flows = new Workflows(engine);
    this.published = new PublishedPractices(engine, practices, documents, publications);
    this.contests = contests;
    this.taskService = engine.getTaskService();
    this.clock = clock;
  }

  Contests.Contest open(String title) {
    Instant now = clock.instant();
    return contests.open(flows.user("moderator1"), new Contests.OpenContest(title,
        "АСИ, АНО «Диалог Регионы»", "Здравоохранение, социальная политика, образование",
        now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(30)), List.of(
            new Contests.NominationSpec("Запись к врачу без очередей", "contest-chair1", List.of(
                new Contests.MemberSpec("contest-chair1", null), new Contests.MemberSpec("contest-jury1", null),
                new Contests.MemberSpec("contest-jury28", "28"))),
            new Contests.NominationSpec("Место в детском саду рядом с домом", "contest-chair2", List.of(
                new Contests.MemberSpec("contest-chair2", null), new Contests.MemberSpec("contest-jury2", null),
                new Contests.MemberSpec("official16", null))))));
  }

  Contests.Entry apply(String official, Contests.Contest contest, int nomination, long practiceId) {
    return flows.as(official, () -> contests.apply(flows.user(official), contest.id(), nomination, practiceId));
  }

  ProcessInstance contestInstance(Contests.Contest contest) {
    return flows.instance(ContestProcess.CONTEST_KEY, ContestProcess.contestKey(contest.id()));
  }

  ProcessInstance entryInstance(Contests.Entry entry) {
    return flows.instance(ContestProcess.ENTRY_KEY, ContestProcess.entryKey(entry.id()));
  }

  Task scoreTask(Contests.Entry entry, String member) {
    return taskService.createTaskQuery().processInstanceId(entryInstance(entry).getId())
        .taskDefinitionKey(ContestProcess.TASK_SCORE_ENTRY).taskAssignee(member).singleResult();
  }

  Task shortListTask(Contests.Contest contest, String chair) {
    return taskService.createTaskQuery().processInstanceId(contestInstance(contest).getId())
        .taskDefinitionKey(ContestProcess.TASK_CONFIRM_SHORT_LIST).taskAssignee(chair).singleResult();
  }

  static Map<String, Object> scores(int all) {
    return scores(all, all, all, all, all);
  }

  static Map<String, Object> scores(int results, int requests, int goals, int replicability, int novelty) {
    return Map.of("scoreResults", String.valueOf(results), "scoreCitizensRequests", String.valueOf(requests),
        "scoreNationalGoals", String.valueOf(goals), "scoreReplicability", String.valueOf(replicability),
        "scoreNovelty", String.valueOf(novelty), "assessmentComment", "Практика отвечает запросам жителей");
  }

  void score(Contests.Entry entry, String member, int all) {
    flows.submit(member, scoreTask(entry, member), scores(all));
  }

  /** The short list the chair confirms: entry numbers as the form takes them. */
  void confirm(Contests.Contest contest, String chair, Contests.Entry... entries) {
    StringBuilder ids = new StringBuilder();
    for (Contests.Entry e : entries) {
      ids.append(ids.isEmpty() ? "" : ", ").append(e.id());
    }
    flows.submit(chair, shortListTask(contest, chair), Map.of("shortListEntries", ids.toString(),
        "shortListComment", "По баллам рабочей группы"));
  }

  /** To the voting phase: the voting start's timer, the clock inside the voting period. */
  void startVoting(Contests.Contest contest) {
    flows.fireTimer(contestInstance(contest), ContestProcess.EVENT_VOTING_STARTS);
    clock.set(contest.votingStartsAt().plus(Duration.ofHours(1)));
  }

  record Voting(Contests.Contest contest, Contests.Entry entry) {
  }

  /** A contest in its voting phase with one short-listed entry (Tyumen's practice) in the first nomination. */
  Voting voting(String title, String practiceTitle) {
    long practice = published.publish("72", practiceTitle);
    Contests.Contest contest = open(title);
    Contests.Entry entry = apply("official72", contest, 1, practice);
    flows.fireTimer(contestInstance(contest), ContestProcess.EVENT_INTAKE_DEADLINE);
    for (String member : List.of("contest-chair1", "contest-jury1", "contest-jury28")) {
      score(entry, member, 4);
    }
    confirm(contest, "contest-chair1", entry);
    startVoting(contest);
    return new Voting(contest, entry);
  }
}
