package ru.smarteka.workflow.engine;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/**
 * The one way a step reads what a user entered: the values of the fields of the task's (or start event's) deployed
 * Camunda Form, checked against that form's own rules ({@link FormSchema}) and taken out of the process, so business
 * text stays in our tables and the next task of the same kind starts empty. Tasklist submits a form into the task's
 * scope, the engine REST API's {@code complete} into the process: {@link #take} reads either. A step adds the
 * rules only it knows (a reason when refusing) with {@link #require} and ends with {@link #orRefuse}, which answers
 * every broken rule at once, field by field.
 */
public final class TaskForm {

  /** Deployed forms do not change: their schema is read once per process definition and form. */
  private static final Map<String, FormSchema> SCHEMAS = new ConcurrentHashMap<>();

  private final FormSchema schema;
  private final Map<String, Object> values;
  private final List<FieldMessage> errors;

  private TaskForm(FormSchema schema, Map<String, Object> values) {
    this.schema = schema;
    this.values = values;
    this.errors = new ArrayList<>(schema.check(values));
  }

  /** What was submitted with the task's form. */
  public static TaskForm of(DelegateTask task) {
    FormSchema schema = SCHEMAS.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
        key -> read(task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())));
    Map<String, Object> values = new HashMap<>();
    schema.fields().keySet().forEach(field -> values.put(field, take(task, field)));
    return new TaskForm(schema, values);
  }

  /** What was submitted with the start event's form (or given to the start through our API). */
  public static TaskForm ofStart(DelegateExecution execution) {
    FormSchema schema = SCHEMAS.computeIfAbsent(execution.getProcessDefinitionId() + "/start",
        key -> read(execution.getProcessEngineServices().getFormService()
            .getDeployedStartForm(execution.getProcessDefinitionId())));
    Map<String, Object> values = new HashMap<>();
    schema.fields().keySet().forEach(field -> values.put(field, execution.getVariable(field)));
    return new TaskForm(schema, values);
  }

  /**
   * A value entered in the task's form. Tasklist submits a form into the task's scope (updating the task-local fields
   * the task was prefilled with, creating the others on the process), the engine REST API's {@code complete} into
   * the process: a value found outside the task is the one just submitted, else the task-local one. The value is
   * then taken out of the process, so the next task of the same kind starts empty and business text stays in our
   * tables, not in process variables.
   */
  private static Object take(DelegateTask task, String field) {
    Object submitted = task.getExecution().getVariable(field);
    if (submitted != null || task.getExecution().hasVariable(field)) {
      task.getExecution().removeVariable(field);
      return submitted != null ? submitted : task.getVariableLocal(field);
    }
    return task.getVariableLocal(field);
  }

  /**
   * Refuses, field by field, every variable sent to the start that is not a field of this start form: whoever starts
   * a process through the engine REST API may send any variables beside the form's, and nothing of the instance is
   * to come from them (the steps write what they need themselves, some of it as transient decision inputs, which a
   * same-named variable would collide with).
   */
  public TaskForm rejectOtherFields(DelegateExecution start) {
    for (String name : start.getVariableNames()) {
      if (!schema.fields().containsKey(name)) {
        reject(name, "это поле не входит в форму подачи");
      }
    }
    return this;
  }

  private static FormSchema read(InputStream form) {
    return FormSchema.read(form);
  }

  /** The form's schema (its fields and their rules). */
  public FormSchema schema() {
    return schema;
  }

  /** A text field, stripped; blank is absent (null). */
  public String text(String key) {
    return Vars.text(value(key));
  }

  /**
   * A multiple choice (form-js {@code taglist} / {@code checklist}: a list of values, which Tasklist sends as a JSON
   * list), or, from a caller of the engine REST API, a comma-separated text: the values, stripped, blanks dropped.
   * Whatever else was sent is one value, for the step to refuse.
   */
  public List<String> list(String key) {
    Object value = value(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof java.util.Collection<?> values) {
      return values.stream().filter(java.util.Objects::nonNull).map(v -> v.toString().strip())
          .filter(v -> !v.isEmpty()).toList();
    }
    String text = value.toString().strip();
    if (text.startsWith("[")) {
      try {
        List<String> values = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode item : LIST_READER.readTree(text)) {
          String v = item.isValueNode() ? item.asText().strip() : item.toString();
          if (!v.isEmpty()) {
            values.add(v);
          }
        }
        return values;
      } catch (java.io.IOException e) {
        return List.of(text);
      }
    }
    return Vars.commaSeparated(text);
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper LIST_READER =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /** A number field as a whole number, or null. */
  public Long number(String key) {
    return Vars.number(value(key));
  }

  /** A checkbox: ticked or not. */
  public boolean checked(String key) {
    Object value = value(key);
    return Boolean.TRUE.equals(value) || value != null && "true".equals(value.toString());
  }

  /** Whether the field was sent at all (a checkbox left as it was is not). */
  public boolean sent(String key) {
    return value(key) != null;
  }

  /** A rule only the step knows: the field must be filled in when {@code when} holds. */
  public TaskForm require(boolean when, String key, String message) {
    if (when && text(key) == null && errors.stream().noneMatch(e -> e.field().equals(key))) {
      errors.add(new FieldMessage(key, message));
    }
    return this;
  }

  /** A refusal of the step's own about a field (unless the form's rules already refused the field). */
  public TaskForm reject(String key, String message) {
    if (errors.stream().noneMatch(e -> e.field().equals(key))) {
      errors.add(new FieldMessage(key, message));
    }
    return this;
  }

  /** Refuses the completion with every broken rule, field by field; the task stays open. */
  public TaskForm orRefuse(String summary) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(summary, errors);
    }
    return this;
  }

  private Object value(String key) {
    if (!schema.fields().containsKey(key)) {
      throw new IllegalArgumentException("Form " + schema.id() + " has no field " + key);
    }
    return values.get(key);
  }
}
