package ru.smarteka.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.smarteka.workflow.contest.ContestProcess;
import ru.smarteka.workflow.contest.Contests;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.MutableClock;
import ru.smarteka.workflow.support.PublishedPractices;

/**
 * The demo's contests: one finished with its winner (the badge on the practice), this year's with 13 nominations in
 * its public vote, next year's with the practice's scoring tasks in Tasklist for the demo working-group members.
 */
@IntegrationTest
class DemoContestsTests {

  @Autowired DemoContests demo;
  @Autowired Contests contests;
  @Autowired ProcessEngine engine;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired TaskService taskService;
  @Autowired MutableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void threeContestsFinishedVotingAndScoringWithTasksForTheWorkingGroup() {
    long practice = new PublishedPractices(engine, practices, documents, publications)
        .publish("28", "Бережливая поликлиника: запись без очередей");

    List<Long> ids = demo.play(practice);

    assertThat(ids).hasSize(3);
    Contests.Contest finished = contests.contest(ids.get(0));
    assertThat(finished.status()).isEqualTo("FINISHED");
    assertThat(contests.results(finished.id()).nominations().get(0).juryWinnerEntryId()).isNotNull();
    assertThat(practices.published(practice).orElseThrow().contestAward().badge())
        .isEqualTo("Победитель конкурса «Смарт Диалог 2023»");
    Contests.Contest voting = contests.contest(ids.get(1));
    assertThat(voting.status()).isEqualTo("VOTING");
    assertThat(voting.nominations()).hasSize(13);
    assertThat(contests.tally(voting.id(), 1).total()).isEqualTo(5);
    Contests.Contest scoring = contests.contest(ids.get(2));
    assertThat(scoring.status()).isEqualTo("SCORING");
    assertThat(taskService.createTaskQuery().processDefinitionKey(ContestProcess.ENTRY_KEY)
        .taskDefinitionKey(ContestProcess.TASK_SCORE_ENTRY).taskAssignee("contest-jury1").list())
        .anySatisfy(t -> assertThat(t.getName()).isEqualTo("Оценить заявку: Бережливая поликлиника: запись без очередей"));
    assertThat(taskService.createTaskQuery().processDefinitionKey(ContestProcess.CONTEST_KEY)
        .taskDefinitionKey(ContestProcess.TASK_CONFIRM_SHORT_LIST).taskAssignee("contest-chair1").count())
        .isPositive();
  }
}
