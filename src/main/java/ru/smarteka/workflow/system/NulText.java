package ru.smarteka.workflow.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a NUL character (U+0000) in what a request carries: PostgreSQL refuses it in text, so it is refused with the
 * field before anything reaches the database, on every door.
 */
final class NulText {

  static final char NUL = '\u0000';

  private NulText() {
  }

  static Problem problem(String field) {
    return Problems.invalid("Текст содержит недопустимый символ NUL (\\u0000)",
        List.of(new FieldMessage(field, "недопустимый символ NUL (\\u0000)")));
  }

  static boolean contains(String text) {
    return text != null && text.indexOf(NUL) >= 0;
  }

  /** The first parameter whose name or value contains NUL. */
  static Optional<String> inParameters(Map<String, ? extends List<String>> parameters) {
    for (Map.Entry<String, ? extends List<String>> parameter : parameters.entrySet()) {
      if (contains(parameter.getKey()) || parameter.getValue().stream().anyMatch(NulText::contains)) {
        return Optional.of(printable(parameter.getKey()));
      }
    }
    return Optional.empty();
  }

  /**
   * The path of the first JSON text or field name containing NUL ({@code authorTeam[0].fullName}), or {@code body}
   * for a NUL byte in a body that is not JSON (or not valid JSON).
   */
  static Optional<String> inBody(byte[] body, boolean isJson, ObjectMapper json) {
    boolean rawNul = false;
    for (byte b : body) {
      if (b == 0) {
        rawNul = true;
        break;
      }
    }
    if (!isJson) {
      return rawNul ? Optional.of("body") : Optional.empty();
    }
    if (!rawNul && !mayHoldEscapedNul(body)) {
      return Optional.empty();
    }
    try {
      JsonNode tree = json.readTree(body);
      Optional<String> path = tree == null ? Optional.empty() : find(tree, "");
      return path.isPresent() || !rawNul ? path : Optional.of("body");
    } catch (IOException unreadable) {
      // the JSON parser refuses it later with its own message; a raw NUL is refused here
      return rawNul ? Optional.of("body") : Optional.empty();
    }
  }

  private static boolean mayHoldEscapedNul(byte[] body) {
    for (int i = 0; i + 5 < body.length; i++) {
      if (body[i] == '\\' && (body[i + 1] == 'u' || body[i + 1] == 'U') && body[i + 2] == '0' && body[i + 3] == '0'
          && body[i + 4] == '0' && body[i + 5] == '0') {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> find(JsonNode node, String path) {
    if (node.isTextual()) {
      return contains(node.textValue()) ? Optional.of(path.isEmpty() ? "body" : path) : Optional.empty();
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> found = find(node.get(i), path + "[" + i + "]");
        if (found.isPresent()) {
          return found;
        }
      }
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String name = printable(field.getKey());
        String child = path.isEmpty() ? name : path + "." + name;
        if (contains(field.getKey())) {
          return Optional.of(child);
        }
        Optional<String> found = find(field.getValue(), child);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** A name to show: NUL made visible. */
  static String printable(String name) {
    return name.replace(String.valueOf(NUL), "\\u0000");
  }
}
