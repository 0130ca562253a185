package ru.smarteka.workflow.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ru.smarteka.workflow.contest.ContestProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeStatus;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.MutableClock;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.system.UnprocessableException;

/**
 * An application with a new passport: the official's draft goes into the normal publication process, whose
 * preliminary check admits the entry (accepted), does not (removed), or has not decided by the deadline.
 */
@IntegrationTest
class ContestNewPassportTests {

  @Autowired ProcessEngine engine;
  @Autowired MutableClock clock;
  @Autowired Contests contests;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;

  ContestScenario scenario;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    scenario = new ContestScenario(engine, practices, documents, publications, contests, clock);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  long draft(String region, String title) {
    CurrentUser author = scenario.flows.user("official" + region);
    long id = practices.create(author, Passports.completeData(region, title)).id();
    documents.upload(author, id, "act.pdf", Passports.PDF);
    return id;
  }

  ProcessInstance publication(long practice) {
    return scenario.flows.instance("practice-publication", practice);
  }

  @Test
  void theCheckAdmitsAnAcceptedPassportAndNotARemovedOrAnUncheckedOne() {
    long accepted = draft("28", "Школьный психолог онлайн: Приамурье");
    long removed = draft("72", "Соцтакси для пенсионеров Тюмени");
    long unchecked = draft("16", "Электронный дневник здоровья Татарстана");
    Contests.Contest contest = scenario.open("Смарт Диалог: новые паспорта");

    Contests.Entry first = scenario.apply("official28", contest, 1, accepted);
    Contests.Entry second = scenario.apply("official72", contest, 1, removed);
    Contests.Entry third = scenario.apply("official16", contest, 2, unchecked);
    assertThat(first.status()).isEqualTo("AWAITING_CHECK");
    assertThat(first.history()).extracting(Contests.StatusChange::reason).singleElement().asString()
        .contains("предварительную проверку");
    // the normal publication: the passport is submitted and waits for the moderator's preliminary check
    assertThat(practices.snapshot(accepted).status()).isEqualTo(PracticeStatus.SUBMITTED);
    assertThat(publication(accepted)).isWaitingAt("Task_PreliminaryCheck");
    assertThat(scenario.entryInstance(first)).isWaitingAt(GATEWAY_CHECK_OUTCOME);
    assertThatThrownBy(() -> scenario.apply("official28", contest, 2, accepted))
        .as("a submitted passport is neither published nor new").isInstanceOf(UnprocessableException.class);

    scenario.flows.submit("moderator1", publication(accepted), "Task_PreliminaryCheck",
        Map.of("checkDecision", "ACCEPT"));
    scenario.flows.submit("moderator1", publication(removed), "Task_PreliminaryCheck",
        Map.of("checkDecision", "REMOVE", "checkComment", "Практика не реализована в регионе"));

    assertThat(scenario.entryInstance(first)).isWaitingAt(EVENT_INTAKE_CLOSED);
    assertThat(scenario.entryInstance(second)).isEnded().hasPassed(END_NOT_ADMITTED);
    assertThat(scenario.entryInstance(third)).isWaitingAt(GATEWAY_CHECK_OUTCOME);

    scenario.flows.fireTimer(scenario.contestInstance(contest), EVENT_INTAKE_DEADLINE);

    assertThat(scenario.entryInstance(third)).isEnded().hasPassed(END_NOT_ADMITTED_IN_TIME);
    assertThat(scenario.entryInstance(first)).isWaitingAt(TASK_SCORE_ENTRY);
    assertThat(scenario.scoreTask(first, "contest-jury28")).as("Amur's representative").isNull();
    assertThat(contests.entries(scenario.flows.user("moderator1"), contest.id()))
        .extracting(Contests.Entry::status).containsExactly("IN_SCORING", "NOT_ADMITTED", "NOT_ADMITTED");
    // only the nomination with an admitted entry has a short list to confirm
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(scenario.contestInstance(contest)
        .getId()).taskDefinitionKey(TASK_CONFIRM_SHORT_LIST).list()).singleElement()
        .satisfies(t -> assertThat(t.getAssignee()).isEqualTo("contest-chair1"));
  }
}
