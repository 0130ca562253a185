package ru.smarteka.workflow.engine;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/** Reading form values and writing JSON variables. */
public final class Vars {

  /** A number from a form or the API (Integer, Long or Double), or null. */
  public static Long number(Object value) {
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof Number n) {
      return n.longValue();
    }
    try {
      return Long.parseLong(value.toString().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A text from a form: blank counts as absent (form-js sends "" for an empty optional field). */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString().strip();
    return s.isEmpty() ? null : s;
  }

  public static List<String> commaSeparated(String value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON_TEXT =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /**
   * A value as a variable of Camunda's {@code Json} type (Spin): what a form's multiple choice ({@code taglist}) starts
   * with and its options ({@code valuesKey}). Tasklist parses it for the form and sends a choice back as {@code Json},
   * a type our engine REST check lets through (unlike {@code Object}, which names a Java class).
   */
  public static org.camunda.spin.plugin.variable.value.JsonValue jsonValue(Object value) {
    try {
      return org.camunda.spin.plugin.variable.SpinValues.jsonValue(JSON_TEXT.writeValueAsString(value)).create();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("Not JSON: " + value, e);
    }
  }

  /** A list as a JSON variable (never Java serialization). */
  public static ObjectValue json(Object value) {
    return Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }

  private Vars() {
  }
}
