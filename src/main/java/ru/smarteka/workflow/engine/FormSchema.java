package ru.smarteka.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import ru.smarteka.workflow.system.FieldMessage;

/**
 * The fields of a Camunda Form (form-js JSON) and the rules its author gave them — required, length, pattern,
 * numeric range, the options of a choice — so the server checks exactly what the form checks, from one source: the
 * deployed form the user saw. A field shown only under a condition is not required here (the step decides when it
 * is: a reason for a refusal, say); every other rule holds whenever a value is sent.
 */
public final class FormSchema {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One input field of the form. */
  public record Field(String key, String type, String label, boolean required, Integer minLength, Integer maxLength,
      Pattern pattern, Double min, Double max, List<String> options, boolean conditional) {

    /** Free text typed by the user. */
    public boolean isText() {
      return type.equals("textfield") || type.equals("textarea");
    }
  }

  private final String id;
  private final Map<String, Field> fields;

  private FormSchema(String id, Map<String, Field> fields) {
    this.id = id;
    this.fields = Collections.unmodifiableMap(fields);
  }

  public static FormSchema read(InputStream form) {
    try (form) {
      JsonNode root = JSON.readTree(form);
      Map<String, Field> fields = new LinkedHashMap<>();
      collect(root.path("components"), fields);
      return new FormSchema(root.path("id").asText(), fields);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable form", e);
    }
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode c : components) {
      if (c.has("components")) {
        collect(c.get("components"), fields);
      }
      String key = c.path("key").asText(null);
      if (key == null || c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false)) {
        continue;
      }
      JsonNode v = c.path("validate");
      List<String> options = new ArrayList<>();
      c.path("values").forEach(option -> options.add(option.path("value").asText()));
      fields.put(key, new Field(key, c.path("type").asText(), c.path("label").asText(key),
          v.path("required").asBoolean(false), intOrNull(v, "minLength"), intOrNull(v, "maxLength"),
          v.hasNonNull("pattern") ? Pattern.compile(v.get("pattern").asText()) : null,
          v.hasNonNull("min") ? v.get("min").asDouble() : null, v.hasNonNull("max") ? v.get("max").asDouble() : null,
          List.copyOf(options), c.has("conditional")));
    }
  }

  private static Integer intOrNull(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.get(name).asInt() : null;
  }

  public String id() {
    return id;
  }

  /** The fields a user may fill in, by key (read-only fields aside). */
  public Map<String, Field> fields() {
    return fields;
  }

  /**
   * What is wrong with the values against the form's rules, one message per field (empty when all hold). A blank
   * text counts as absent, as form-js sends {@code ""} for an empty optional field.
   */
  public List<FieldMessage> check(Map<String, Object> values) {
    List<FieldMessage> errors = new ArrayList<>();
    for (Field field : fields.values()) {
      Object value = values.get(field.key());
      boolean absent = value == null || value instanceof String s && s.isBlank();
      if (absent) {
        if (field.required() && !field.conditional() && !field.type().equals("checkbox")) {
          errors.add(new FieldMessage(field.key(), "поле «" + field.label() + "» обязательно"));
        }
        continue;
      }
      String problem = problem(field, value);
      if (problem != null) {
        errors.add(new FieldMessage(field.key(), problem));
      }
    }
    return errors;
  }

  private static String problem(Field field, Object value) {
    switch (field.type()) {
      case "number" -> {
        Double number = value instanceof Number n ? n.doubleValue() : parse(value.toString());
        if (number == null) {
          return "введите число";
        }
        if (field.min() != null && number < field.min()) {
          return "не меньше " + plain(field.min());
        }
        if (field.max() != null && number > field.max()) {
          return "не больше " + plain(field.max());
        }
        return null;
      }
      case "checkbox" -> {
        return value instanceof Boolean || "true".equals(value.toString()) || "false".equals(value.toString())
            ? null : "отметьте или снимите отметку";
      }
      case "radio", "select" -> {
        return field.options().isEmpty() || field.options().contains(value.toString()) ? null
            : "выберите одно из предложенных значений";
      }
      default -> {
        String text = value.toString();
        if (text.indexOf('\u0000') >= 0) {
          return "недопустимый символ в тексте";
        }
        if (field.maxLength() != null && text.length() > field.maxLength()) {
          return "не длиннее " + field.maxLength() + " символов (сейчас " + text.length() + ")";
        }
        if (field.minLength() != null && text.strip().length() < field.minLength()) {
          return "не короче " + field.minLength() + " символов";
        }
        if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
          return "значение не подходит по формату: " + field.label();
        }
        return null;
      }
    }
  }

  private static Double parse(String text) {
    try {
      return Double.valueOf(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
