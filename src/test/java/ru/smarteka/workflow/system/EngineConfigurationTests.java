package ru.smarteka.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;

/**
 * Engine settings the auditors and operators rely on: full history, business key in the log context; no task outside
 * a process.
 */
@IntegrationTest
class EngineConfigurationTests {

  @Autowired
  ProcessEngine engine;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;
  @Autowired
  TaskService taskService;
  @LocalServerPort
  int port;

  @Test
  void engineIsTheDefaultOneWithFullHistoryAndAuthorization() {
    var configuration = (org.camunda.bpm.engine.ProcessEngineConfiguration) engine.getProcessEngineConfiguration();
    assertThat(engine.getName()).isEqualTo("default");
    assertThat(configuration.getHistory()).isEqualTo("full");
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
  }

  @Test
  void noTaskExistsOutsideAProcessNotEvenAnAdministrators() {
    Task task = taskService.newTask();
    task.setName("Своя задача");
    assertThatThrownBy(() -> taskService.saveTask(task)).hasMessageContaining("standalone");
    var answer = Api.as(port, "demo").postJson("/engine-rest/task/create", "{\"name\": \"Своя задача\"}");
    assertThat(answer.getStatusCode().is4xxClientError()).as("%s %s", answer.getStatusCode(), answer.getBody())
        .isTrue();
    assertThat(taskService.createTaskQuery().taskName("Своя задача").count()).isZero();
  }

  @Test
  void businessKeyOfTheInstanceIsInTheLogContextOfItsSteps() {
    String deployment = repositoryService.createDeployment().name("logging-probe")
        .addClasspathResource("engine-fixtures/logging-probe.bpmn").deploy().getId();
    try {
      ProcessInstance instance = runtimeService.startProcessInstanceByKey("logging-probe", "28-4711",
          java.util.Map.of("note", "проверка"));
      assertThat(LogContextProbe.SEEN).contains("28-4711");
      assertThat(MDC.get("businessKey")).as("cleared after the command").isNull();
      List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
          .processInstanceId(instance.getId()).list();
      assertThat(variables).extracting(HistoricVariableInstance::getName).contains("note");
      assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).count())
          .as("full history keeps every variable update").isPositive();
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  /**
   * The step of the probe process: records the log context it runs in. A class the engine instantiates, not a bean,
   * so the test needs nothing in the shared application context.
   */
  public static class LogContextProbe implements JavaDelegate {
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
      SEEN.add(MDC.get("businessKey"));
    }
  }
}
