package ru.smarteka.workflow.support;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Tasks waiting for a group, for tests of who sees what: each in an instance of a one-task process deployed for the
 * tests (the engine has no tasks outside a process).
 */
public final class CandidateTasks {

  static final String KEY = "test-candidate-task";

  private static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess(KEY).name("Задача группы (тест)")
      .camundaHistoryTimeToLive(1)
      .startEvent()
      .userTask("Task_Candidate").name("${name}").camundaCandidateGroups("${group}")
      .endEvent()
      .done();

  private CandidateTasks() {
  }

  /** A task named {@code name} waiting for {@code group}; its id. */
  public static synchronized String create(ProcessEngine engine, String name, String group) {
    RepositoryService repository = engine.getRepositoryService();
    if (repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
      repository.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", MODEL).deploy();
    }
    String instance = engine.getRuntimeService()
        .startProcessInstanceByKey(KEY, Map.of("name", name, "group", group)).getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  /** Ends the instances of these tasks, leaving no history behind. */
  public static void remove(ProcessEngine engine, List<String> taskIds) {
    for (String taskId : taskIds) {
      Task task = taskId == null ? null : engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
      if (task != null) {
        engine.getRuntimeService().deleteProcessInstance(task.getProcessInstanceId(), "test done", true, true,
            true, true);
      }
    }
  }
}
