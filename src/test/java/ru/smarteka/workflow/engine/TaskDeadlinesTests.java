package ru.smarteka.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.smarteka.workflow.support.IntegrationTest;

/**
 * The due dates of {@code task-deadlines}: an answer is evaluated once per version of the table, task and region, and a
 * new version takes effect with the next task.
 */
@IntegrationTest
class TaskDeadlinesTests {

  @Autowired TaskDeadlines deadlines;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;

  long evaluations() {
    return historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey(TaskDeadlines.DECISION).count();
  }

  @Test
  void anAnswerIsEvaluatedOncePerVersionAndARedeployTakesEffectAtOnce() throws IOException {
    assertThat(deadlines.dueIn("Task_PreliminaryCheck", "77")).isEqualTo("P10D");
    long evaluated = evaluations();
    assertThat(deadlines.dueIn("Task_PreliminaryCheck", "77")).isEqualTo("P10D");
    assertThat(evaluations()).as("the same version answers from the cache").isEqualTo(evaluated);

    String table;
    try (InputStream in = getClass().getResourceAsStream("/processes/task-deadlines.dmn")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(table).contains("<text>\"P10D\"</text>");
    Deployment changed = repositoryService.createDeployment().name("Срок предварительной проверки — 3 дня")
        .addString("task-deadlines.dmn", table.replaceFirst("<text>\"P10D\"</text>", "<text>\"P3D\"</text>"))
        .deploy();
    try {
      assertThat(deadlines.dueIn("Task_PreliminaryCheck", "77")).as("the new version at once").isEqualTo("P3D");
      assertThat(evaluations()).isEqualTo(evaluated + 1);
    } finally {
      repositoryService.deleteDeployment(changed.getId(), true);
    }
    assertThat(deadlines.dueIn("Task_PreliminaryCheck", "77")).as("the version deployed before, again")
        .isEqualTo("P10D");
  }
}
