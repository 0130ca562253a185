package ru.smarteka.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.smarteka.workflow.support.DecisionTableUnderTest;
import ru.smarteka.workflow.support.DecisionTableUnderTest.Evaluation;

/**
 * {@code processes/task-deadlines.dmn} (FIRST): the due period of a user task of the publication and replication
 * processes by its id, for every region today; the last row covers every other task.
 */
class TaskDeadlinesDecisionTests {

  private static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("task-deadlines.dmn", "task-deadlines");

  private static Evaluation deadline(String taskKey, String regionCode) {
    VariableMap variables = Variables.createVariables().putValue("taskKey", taskKey).putValue("regionCode", regionCode);
    return TABLE.evaluate(variables);
  }

  private static String dueIn(Evaluation evaluation) {
    return evaluation.result().getSingleEntry();
  }

  @AfterAll
  static void everyRuleIsMatchedBySomeTest() {
    assertThat(TABLE.ruleIds()).hasSize(21);
    assertThat(TABLE.matchedRuleIds()).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @Test
  void hasTheKeyTheProcessCallsAndARussianName() {
    assertThat(TABLE.decision().getKey()).isEqualTo("task-deadlines");
    assertThat(TABLE.decision().getName()).isEqualTo("Сроки задач");
  }

  @ParameterizedTest(name = "{0} is due in {1}")
  @CsvSource({
      "Task_PreliminaryCheck,     P10D, Rule_PreliminaryCheck",
      "Task_RevisePassport,       P30D, Rule_RevisePassport",
      "Task_AssignExperts,        P5D,  Rule_AssignExperts",
      "Task_ExpertAssessment,     P14D, Rule_ExpertAssessment",
      "Task_ReassignExpert,       P3D,  Rule_ReassignExpert",
      "Task_RegionalConfirmation, P14D, Rule_RegionalConfirmation",
      "Task_CopyEditing,          P10D, Rule_CopyEditing",
  })
  void givesEachPublicationTaskItsOwnDeadline(String taskKey, String dueIn, String ruleId) {
    Evaluation evaluation = deadline(taskKey, "28");

    assertThat(evaluation.matchedRuleIds()).containsExactly(ruleId);
    assertThat(dueIn(evaluation)).isEqualTo(dueIn);
  }

  @ParameterizedTest(name = "{0} is due in {1}")
  @CsvSource({
      "Task_ScreenRequest,          P5D,  Rule_ScreenRequest",
      "Task_ArrangeMentorMeeting,   P14D, Rule_ArrangeMentorMeeting",
      "Task_SubmitRoadmap,          P30D, Rule_SubmitRoadmap",
      "Task_ReviewRoadmap,          P10D, Rule_ReviewRoadmap",
      "Task_ReportProgress,         P90D, Rule_ReportProgress",
      "Task_ConfirmImplementation,  P14D, Rule_ConfirmImplementation",
      "Task_SubmitEvaluation,       P30D, Rule_SubmitEvaluation",
      "Task_ValidateEvaluation,     P14D, Rule_ValidateEvaluation",
  })
  void givesEachReplicationTaskItsOwnDeadline(String taskKey, String dueIn, String ruleId) {
    Evaluation evaluation = deadline(taskKey, "28");

    assertThat(evaluation.matchedRuleIds()).containsExactly(ruleId);
    assertThat(dueIn(evaluation)).isEqualTo(dueIn);
  }

  @Test
  void givesReplicationTasksTheSameDeadlineInEveryRegion() {
    assertThat(dueIn(deadline("Task_ReportProgress", "77"))).isEqualTo("P90D");
    assertThat(dueIn(deadline("Task_ReportProgress", null))).isEqualTo("P90D");
    assertThat(dueIn(deadline("Task_ScreenRequest", "77"))).isEqualTo("P5D");
  }

  @Test
  void givesTheLongestReplicationTaskItsOwnRowNotTheDefault() {
    Evaluation evaluation = deadline("Task_ReportProgress", "28");

    assertThat(evaluation.rows()).hasSize(1);
    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_ReportProgress");
    assertThat(Duration.parse(dueIn(evaluation))).isEqualTo(Duration.ofDays(90));
  }

  @Test
  void keepsTheDefaultRowLast() {
    assertThat(TABLE.ruleIds().get(TABLE.ruleIds().size() - 1)).isEqualTo("Rule_OtherTasks");
  }

  @Test
  void givesAnyOtherTaskFourteenDays() {
    Evaluation evaluation = deadline("Task_ApproveRoadmap", "28");

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_OtherTasks");
    assertThat(dueIn(evaluation)).isEqualTo("P14D");
  }

  @Test
  void givesATaskWithoutKeyTheDefaultDeadline() {
    Evaluation evaluation = deadline(null, null);

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_OtherTasks");
    assertThat(dueIn(evaluation)).isEqualTo("P14D");
  }

  @Test
  void givesTheSameDeadlineInEveryRegion() {
    assertThat(dueIn(deadline("Task_RevisePassport", "77"))).isEqualTo("P30D");
    assertThat(dueIn(deadline("Task_RevisePassport", "28"))).isEqualTo("P30D");
    assertThat(dueIn(deadline("Task_RevisePassport", null))).isEqualTo("P30D");
    assertThat(dueIn(TABLE.evaluate(Variables.createVariables().putValue("taskKey", "Task_RevisePassport"))))
        .isEqualTo("P30D");
  }

  @Test
  void comparesTaskIdsExactly() {
    assertThat(deadline("task_preliminarycheck", "28").matchedRuleIds()).containsExactly("Rule_OtherTasks");
    assertThat(deadline("Task_ScreenRequest ", "28").matchedRuleIds()).containsExactly("Rule_OtherTasks");
  }

  @Test
  void returnsOnlyTheFirstMatchingRowSoTheDefaultNeverWinsOverATaskRow() {
    Evaluation evaluation = deadline("Task_ReassignExpert", "28");

    assertThat(evaluation.rows()).hasSize(1);
    assertThat(dueIn(evaluation)).isEqualTo("P3D");
  }

  @Test
  void givesIsoDurations() {
    for (String taskKey : new String[] {"Task_PreliminaryCheck", "Task_AssignExperts", "Task_ReassignExpert",
        "Task_ScreenRequest", "Task_SubmitRoadmap", "Task_ReportProgress", "other"}) {
      assertThat(Duration.parse(dueIn(deadline(taskKey, "28")))).isPositive();
    }
  }

  @ParameterizedTest(name = "{0} is due {1} after the start of the report's deadline day")
  @CsvSource({
      "Task_SubmitBodyReport,  PT23H59M,   Rule_SubmitBodyReport",
      "Task_ConsolidateReport, P5DT23H59M, Rule_ConsolidateReport",
  })
  void givesTheQuarterlyReportsTasksTheirDeadlineFromTheReportingDay(String taskKey, String dueIn, String ruleId) {
    Evaluation evaluation = deadline(taskKey, "16");

    assertThat(evaluation.matchedRuleIds()).containsExactly(ruleId);
    assertThat(dueIn(evaluation)).isEqualTo(dueIn);
  }

  @Test
  void givesAFederalBodysReviewOfAPracticeThirtyDaysWhateverTheRegion() {
    Evaluation evaluation = deadline("Task_ReviewPractice", null);

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_ReviewFederalPractice");
    assertThat(dueIn(evaluation)).isEqualTo("P30D");
    assertThat(dueIn(deadline("Task_ReviewPractice", "28"))).isEqualTo("P30D");
  }

  @ParameterizedTest(name = "the contest's {0} is due in {1} whatever the region")
  @CsvSource({
      "Task_ScoreEntry,       P10D, Rule_ScoreContestEntry",
      "Task_ConfirmShortList, P14D, Rule_ConfirmContestShortList",
  })
  void givesTheContestsTasksTheirDeadlines(String taskKey, String dueIn, String ruleId) {
    Evaluation evaluation = deadline(taskKey, null);

    assertThat(evaluation.matchedRuleIds()).containsExactly(ruleId);
    assertThat(dueIn(evaluation)).isEqualTo(dueIn);
    assertThat(dueIn(deadline(taskKey, "72"))).isEqualTo(dueIn);
  }
}
