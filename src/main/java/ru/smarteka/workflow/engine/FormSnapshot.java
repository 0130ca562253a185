package ru.smarteka.workflow.engine;

import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * The read-only part of a process's task forms (what the task is about: the passport, the request, the report),
 * built from our tables when a form is opened, not written as variables on every task (each would be a variable row,
 * a history row and a detail row per task, and a delete when the task ends). Tasklist reads a form's values from
 * {@code GET …/task/{id}/form-variables}; {@link FormSnapshotFilter} adds these values to that answer, for the
 * process this bean serves. The snapshot's values are those of now: they replace a copy the task keeps for Tasklist's
 * cards (the practice's title and region, read with the task list), which dates from the task's creation.
 */
public interface FormSnapshot {

  /** The key of the process whose tasks this snapshot serves. */
  String processDefinitionKey();

  /**
   * The read-only fields of the task's form by field key (strings and numbers), read from our tables. Empty when the
   * task's form shows none, or the instance is not one of ours.
   */
  Map<String, Object> of(Task task);
}
