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

  /** A list as a JSON variable (never Java serialization). */
  public static ObjectValue json(Object value) {
    return Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }

  private Vars() {
  }
}
