package ru.smarteka.workflow.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Reads what a user entered in a task's form. Tasklist submits a form into the task's scope (updating the task-local
 * fields the task was prefilled with, creating the others on the process), the engine REST API's {@code complete}
 * into the process: a value found outside the task is the one just submitted, else the task-local one. The value is
 * then taken out of the process, so the next task of the same kind starts empty and business text stays in our
 * tables, not in process variables.
 */
public final class FormInput {

  public static Object take(DelegateTask task, String field) {
    Object submitted = task.getExecution().getVariable(field);
    if (submitted != null || task.getExecution().hasVariable(field)) {
      task.getExecution().removeVariable(field);
      return submitted != null ? submitted : task.getVariableLocal(field);
    }
    return task.getVariableLocal(field);
  }

  public static String text(DelegateTask task, String field) {
    return Vars.text(take(task, field));
  }

  private FormInput() {
  }
}
