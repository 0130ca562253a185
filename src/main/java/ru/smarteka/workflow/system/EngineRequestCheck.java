package ru.smarteka.workflow.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;

/**
 * Refuses, before Camunda's resource runs, what the engine would otherwise fail on with a 500 or store against
 * PostgreSQL's will, each with a 400 (404 for a task that is not there) naming the field:
 * <ul>
 *   <li>a NUL character in a query or path parameter or in the JSON text of the body;</li>
 *   <li>a JSON body that is {@code null} (Camunda's resources expect an object; an empty one is taken as
 *   {@code {}}, as Camunda's {@code EmptyBodyFilter} does on {@code /engine-rest});</li>
 *   <li>a variable of a type no form of ours sends: {@code Object} (a Java or JSON-mapped class named by the
 *   caller), {@code File}, {@code Bytes}, {@code Xml};</li>
 *   <li>{@code firstResult} or {@code maxResults} that is not a number from 0;</li>
 *   <li>the deployed form of a task the caller cannot see (Camunda fails on it with a null pointer).</li>
 * </ul>
 */
final class EngineRequestCheck implements ContainerRequestFilter {

  /** Variable types Tasklist's forms never send, and an attacker would. */
  private static final Set<String> REFUSED_TYPES = Set.of("object", "file", "bytes", "xml");
  private static final Pattern COUNT = Pattern.compile("\\d{1,10}");
  private static final Pattern TASK_FORM = Pattern.compile("(?:^|/)task/([^/]+)/(?:deployed-form|rendered-form)$");

  private final TaskService taskService;
  private final ObjectMapper json;

  EngineRequestCheck(TaskService taskService, ObjectMapper json) {
    this.taskService = taskService;
    this.json = json;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    refusal(request).ifPresent(problem -> request.abortWith(
        EngineRestErrors.response(problem, ProblemResponses.engine(problem))));
  }

  Optional<Problem> refusal(ContainerRequestContext request) throws IOException {
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
    Optional<String> nul = NulText.inParameters(query).or(() -> NulText.inParameters(
        request.getUriInfo().getPathParameters()));
    if (nul.isPresent()) {
      return nul.map(NulText::problem);
    }
    for (String name : List.of("firstResult", "maxResults")) {
      String value = query.getFirst(name);
      if (value != null && (!COUNT.matcher(value).matches() || Long.parseLong(value) > Integer.MAX_VALUE)) {
        return Optional.of(Problems.invalid("Неверные параметры постраничного вывода",
            List.of(new FieldMessage(name, "целое число от 0"))));
      }
    }
    Matcher form = TASK_FORM.matcher(request.getUriInfo().getPath());
    if (form.find() && taskService.createTaskQuery().taskId(form.group(1)).count() == 0) {
      return Optional.of(Problems.notFound("Задача не найдена или недоступна"));
    }
    if (!request.hasEntity() && isJson(request.getMediaType())
        && ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))) {
      // an empty JSON body is an empty object, as Camunda's EmptyBodyFilter makes it on /engine-rest
      request.setEntityStream(new ByteArrayInputStream("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      return Optional.empty();
    }
    if (request.hasEntity() && isJson(request.getMediaType())) {
      byte[] body = request.getEntityStream().readAllBytes();
      request.setEntityStream(new ByteArrayInputStream(body));
      return body(body);
    }
    return Optional.empty();
  }

  private Optional<Problem> body(byte[] body) {
    Optional<String> nul = NulText.inBody(body, true, json);
    if (nul.isPresent()) {
      return Optional.of(NulText.problem(variableName(nul.get())));
    }
    JsonNode tree;
    try {
      tree = json.readTree(body);
    } catch (IOException unreadable) {
      return Optional.empty(); // Camunda's JSON parsing refuses it, and our mapper answers
    }
    if (tree != null && tree.isNull()) {
      return Optional.of(Problems.invalid("Тело запроса должно быть объектом JSON",
          List.of(new FieldMessage("body", "ожидается объект"))));
    }
    if (tree != null && tree.isObject()) {
      for (String holder : List.of("variables", "modifications")) {
        JsonNode variables = tree.get(holder);
        if (variables != null && variables.isObject()) {
          for (Map.Entry<String, JsonNode> variable : variables.properties()) {
            String type = variable.getValue().path("type").asText("").toLowerCase(Locale.ROOT);
            if (REFUSED_TYPES.contains(type)) {
              return Optional.of(Problems.invalid("Значение такого типа не принимается",
                  List.of(new FieldMessage(NulText.printable(variable.getKey()),
                      "тип «" + variable.getValue().path("type").asText() + "» не принимается"))));
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** {@code variables.checkComment.value} → {@code checkComment}: the form field as Tasklist names it. */
  static String variableName(String path) {
    String name = path;
    if (name.startsWith("variables.") || name.startsWith("modifications.")) {
      name = name.substring(name.indexOf('.') + 1);
    }
    if (name.endsWith(".value")) {
      name = name.substring(0, name.length() - ".value".length());
    }
    return name;
  }

  private static boolean isJson(MediaType type) {
    return type == null || type.getSubtype().toLowerCase(Locale.ROOT).contains("json");
  }
}
