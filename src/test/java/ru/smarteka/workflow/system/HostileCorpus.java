package ru.smarteka.workflow.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import ru.smarteka.workflow.support.Passports;

/**
 * Generates hostile requests, deterministically from a seed: for every operation of our OpenAPI description and for
 * the engine REST operations Tasklist uses, mutated path ids, query parameters, bodies, content types and users.
 */
final class HostileCorpus {

  /** A request to send: which door, as whom (null: anonymous), and the raw HTTP parts. */
  record Probe(Door door, String user, String method, String path, String contentType, byte[] body, String accept,
      String label) {
  }

  enum Door { API, ENGINE_REST, WEBAPP_ENGINE }

  /** The things that exist when the sweep starts (so that not every request ends in a 404). */
  record Fixtures(long practiceId, long documentId, long otherPracticeId, Map<String, EngineTask> tasks,
      String filterId, String processInstanceId, String processDefinitionId) {
  }

  /** A task of a fixture practice, the user who works on it, and forms its listener must refuse. */
  record EngineTask(String id, String user, List<Map<String, Object>> refusedForms) {
  }

  static final List<String> USERS = java.util.Arrays.asList(
      "official28", "official72", "auditor", null, "moderator1", "demo", "expert1");

  /** Users who may open Tasklist, so whose webapp session the webapps' engine API accepts. */
  static final List<String> TASKLIST_USERS = List.of("official28", "official72", "moderator1", "expert1", "demo");

  static final List<String> PATH_MUTATIONS = List.of(
      "-1", "99999999999999999999", "abc", "1'%20OR%201=1--", "1%00", "%F0%9F%98%80", "%2F");

  static final List<String> QUERY_MUTATIONS = List.of(
      "-1", "abc", "99999999999", "a%00b", "x".repeat(3000), "1'%20OR%20'1'='1");

  static final List<String> CONTENT_TYPES = List.of(
      "*/*", "text/plain", "multipart/form-data; boundary=", "application/x-www-form-urlencoded", "application/*");

  static final List<String> ACCEPTS = List.of("text/html");

  private final ObjectMapper json = new ObjectMapper();
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final Random random;
  private final Fixtures fixtures;
  private final List<Probe> probes = new ArrayList<>();

  HostileCorpus(long seed, Fixtures fixtures) {
    this.random = new Random(seed);
    this.fixtures = fixtures;
  }

  List<Probe> probes() {
    return probes;
  }

  // ---- our API, from its OpenAPI description --------------------------------------------------------------------

  void api(JsonNode openApi) {
    JsonNode schemas = openApi.path("components").path("schemas");
    // sorted, so the corpus does not depend on the order springdoc writes paths in
    Map<String, JsonNode> operations = new TreeMap<>();
    openApi.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
        operations.put(path.getKey() + " " + method.getKey().toUpperCase(), method.getValue())));
    for (Map.Entry<String, JsonNode> entry : operations.entrySet()) {
      String[] key = entry.getKey().split(" ");
      apiOperation(key[0], key[1], entry.getValue(), schemas);
    }
  }

  private void apiOperation(String template, String method, JsonNode operation, JsonNode schemas) {
    Map<String, String> pathValues = new LinkedHashMap<>();
    Map<String, String> query = new LinkedHashMap<>();
    Map<String, String> headers = new LinkedHashMap<>();
    for (JsonNode parameter : operation.path("parameters")) {
      String name = parameter.get("name").asText();
      JsonNode schema = resolve(parameter.path("schema"), schemas);
      switch (parameter.get("in").asText()) {
        case "path" -> pathValues.put(name, pathValue(template, name));
        case "query" -> {
          if ("object".equals(type(schema))) {
            schema.path("properties").fieldNames().forEachRemaining(property -> query.put(property, "0"));
            query.put("size", "10");
            query.put("sort", "createdAt,desc");
          } else {
            query.put(name, queryValue(name, schema));
          }
        }
        case "header" -> headers.put(name, "\"0\"");
        default -> { }
      }
    }
    Map<String, JsonNode> content = new LinkedHashMap<>();
    operation.path("requestBody").path("content").properties()
        .forEach(c -> content.put(c.getKey(), resolve(c.getValue().path("schema"), schemas)));
    String natural = template.startsWith("/api/admin") ? "demo" : "official28";
    String label = method + " " + template;

    Body base = content.isEmpty() ? Body.NONE : baseBody(content, schemas);
    // the request as it should be, as each kind of user: the natural one, another region's, an auditor, nobody
    for (String user : java.util.Arrays.asList(natural, "official72", "auditor", null)) {
      api(user, method, template, pathValues, query, base, null, label + " as " + user);
    }
    // each path parameter mutated
    for (String name : pathValues.keySet()) {
      for (String mutation : PATH_MUTATIONS) {
        Map<String, String> mutated = new LinkedHashMap<>(pathValues);
        mutated.put(name, mutation);
        api(natural, method, template, mutated, query, base, null, label + " path " + name + "=" + shorten(mutation));
      }
    }
    // each query parameter mutated, one at a time
    for (String name : query.keySet()) {
      for (String mutation : QUERY_MUTATIONS) {
        Map<String, String> mutated = new LinkedHashMap<>(query);
        mutated.put(name, mutation);
        api(natural, method, template, pathValues, mutated, base, null, label + " query " + name);
      }
    }
    if (query.containsKey("page")) {
      Map<String, String> pastTheEnd = new LinkedHashMap<>(query);
      pastTheEnd.put("page", "99999");
      api(natural, method, template, pathValues, pastTheEnd, base, null, label + " page past the end");
      Map<String, String> tooLarge = new LinkedHashMap<>(query);
      tooLarge.put("size", "101");
      api(natural, method, template, pathValues, tooLarge, base, null, label + " size 101");
    }
    // bodies
    if (!content.isEmpty()) {
      List<Body> bodies = hostileBodies(content, schemas, base);
      for (Body body : bodies) {
        api(natural, method, template, pathValues, query, body, null, label + " body " + body.label());
      }
      for (String type : CONTENT_TYPES) {
        api(natural, method, template, pathValues, query, new Body(type, base.bytes(), "type " + type), null,
            label + " content-type " + type);
      }
    }
    for (String accept : ACCEPTS) {
      api(natural, method, template, pathValues, query, base, accept, label + " accept " + accept);
    }
    // and a few combinations of everything, as another user
    List<Body> bodies = content.isEmpty() ? List.of(base) : hostileBodies(content, schemas, base);
    for (int i = 0; i < 1; i++) {
      Map<String, String> mutated = new LinkedHashMap<>(pathValues);
      mutated.replaceAll((name, value) -> pick(PATH_MUTATIONS));
      Map<String, String> mutatedQuery = new LinkedHashMap<>(query);
      mutatedQuery.replaceAll((name, value) -> random.nextBoolean() ? pick(QUERY_MUTATIONS) : value);
      api(pick(USERS), method, template, mutated, mutatedQuery, pick(bodies), null, label + " combined");
    }
  }

  private String pathValue(String template, String name) {
    return switch (name) {
      case "id", "practiceId" -> template.startsWith("/api/replications") ? "987654321"
          : String.valueOf(fixtures.practiceId());
      case "documentId" -> String.valueOf(fixtures.documentId());
      case "userId" -> "sweep-nobody";
      case "dataset" -> "ratings";
      case "region" -> "28";
      case "year" -> "2025";
      case "quarter" -> "1";
      default -> "1";
    };
  }

  private static String queryValue(String name, JsonNode schema) {
    if (schema.has("enum")) {
      return schema.get("enum").get(0).asText();
    }
    return switch (name) {
      case "region" -> "28";
      case "format" -> "csv";
      case "kind" -> "OTHER";
      default -> "integer".equals(type(schema)) ? "1" : "Тест";
    };
  }

  private void api(String user, String method, String template, Map<String, String> pathValues,
      Map<String, String> query, Body body, String accept, String label) {
    String path = template;
    for (Map.Entry<String, String> value : pathValues.entrySet()) {
      path = path.replace("{" + value.getKey() + "}", value.getValue());
    }
    StringBuilder uri = new StringBuilder(path);
    char separator = '?';
    for (Map.Entry<String, String> parameter : query.entrySet()) {
      uri.append(separator).append(parameter.getKey()).append('=').append(encodeQuery(parameter.getValue()));
      separator = '&';
    }
    probes.add(new Probe(Door.API, user, method, uri.toString(), body.contentType(), body.bytes(), accept, label));
  }

  /** Mutations are written already percent-encoded where it matters (%00); other characters are encoded here. */
  private static String encodeQuery(String value) {
    StringBuilder encoded = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%' && i + 2 < value.length() + 0 && i + 2 <= value.length() - 1
          && Character.digit(value.charAt(i + 1), 16) >= 0 && Character.digit(value.charAt(i + 2), 16) >= 0) {
        encoded.append(c);
      } else if (Character.isLetterOrDigit(c) && c < 128 || "-_.~,".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
      }
    }
    return encoded.toString();
  }

  record Body(String contentType, byte[] bytes, String label) {
    static final Body NONE = new Body(null, null, "none");
  }

  private Body baseBody(Map<String, JsonNode> content, JsonNode schemas) {
    if (content.containsKey("application/json")) {
      return json("base", sample(content.get("application/json"), schemas, 0));
    }
    if (content.containsKey("multipart/form-data")) {
      return multipart("base", Map.of(), "file", "act.pdf", Passports.PDF);
    }
    return new Body("text/csv", "Тест".getBytes(StandardCharsets.UTF_8), "base");
  }

  private List<Body> hostileBodies(Map<String, JsonNode> content, JsonNode schemas, Body base) {
    List<Body> bodies = new ArrayList<>();
    if (content.containsKey("application/json")) {
      JsonNode schema = content.get("application/json");
      for (String raw : List.of("{}", "[]", "null", "", "{", "{'single':'quotes'}", "\uFEFF{}")) {
        bodies.add(new Body("application/json", raw.getBytes(StandardCharsets.UTF_8), "raw " + shorten(raw)));
      }
      JsonNode sample = sample(schema, schemas, 0);
      bodies.add(json("wrong types", transform(sample, Mutation.WRONG_TYPE)));
      bodies.add(json("nulls", transform(sample, Mutation.NULL)));
      bodies.add(json("huge strings", transform(sample, Mutation.HUGE)));
      bodies.add(json("NUL in strings", transform(sample, Mutation.NUL)));
      bodies.add(json("unicode", transform(sample, Mutation.UNICODE)));
      bodies.add(json("number overflow", transform(sample, Mutation.OVERFLOW)));
      bodies.add(json("long arrays", transform(sample, Mutation.LONG_ARRAY)));
      bodies.add(json("objects for values", transform(sample, Mutation.OBJECT)));
      ObjectNode extra = sample.isObject() ? ((ObjectNode) sample.deepCopy()) : nodes.objectNode();
      extra.put("unknownField", 1).putObject("__proto__").put("admin", true);
      bodies.add(json("extra fields", extra));
      ArrayNode wrapped = nodes.arrayNode().add(sample);
      bodies.add(json("array instead of object", wrapped));
      String deep = "[".repeat(3000) + "]".repeat(3000);
      bodies.add(new Body("application/json", deep.getBytes(StandardCharsets.UTF_8), "deeply nested"));
      if (sample.isObject()) {
        List<String> fields = new ArrayList<>();
        sample.fieldNames().forEachRemaining(fields::add);
        for (String field : fields.subList(0, Math.min(2, fields.size()))) {
          ObjectNode missing = ((ObjectNode) sample.deepCopy());
          missing.remove(field);
          bodies.add(json("without " + field, missing));
        }
      }
    }
    if (content.containsKey("multipart/form-data")) {
      byte[] pdf = Passports.PDF;
      bodies.add(multipart("NUL in file name", Map.of(), "file", "a\u0000b.pdf", pdf));
      bodies.add(multipart("path in file name", Map.of(), "file", "../../etc/passwd.pdf", pdf));
      bodies.add(multipart("long file name", Map.of(), "file", "я".repeat(1000) + ".pdf", pdf));
      bodies.add(multipart("empty file", Map.of(), "file", "empty.pdf", new byte[0]));
      bodies.add(multipart("no file", Map.of("note", "Тест"), null, null, null));
      bodies.add(multipart("wrong part name", Map.of(), "upload", "act.pdf", pdf));
      bodies.add(multipart("unicode file name", Map.of(), "file", "Распоряжение №1.pdf", pdf));
      bodies.add(multipart("executable as pdf", Map.of(), "file", "act.pdf", "MZ\u0090\u0000".getBytes()));
      bodies.add(multipart("exe", Map.of(), "file", "run.exe", pdf));
      bodies.add(multipart("no file name", Map.of(), "file", "", pdf));
      bodies.add(multipart("NUL in a field", Map.of("kind", "a\u0000b"), "file", "act.pdf", pdf));
      bodies.add(multipart("NUL in a field name", Map.of("a\u0000b", "x"), "file", "act.pdf", pdf));
      bodies.add(new Body("multipart/form-data", base.bytes() == null ? new byte[] {1} : base.bytes(),
          "no boundary"));
      bodies.add(new Body("multipart/form-data; boundary=x", "--x\r\nbroken".getBytes(StandardCharsets.UTF_8),
          "truncated"));
      bodies.add(new Body("application/json", "{\"file\":\"act.pdf\"}".getBytes(StandardCharsets.UTF_8), "json"));
    }
    if (content.containsKey("text/csv")) {
      for (String csv : List.of("", "a\u0000b;c", "\uFEFF", "region;year\n" + "x;".repeat(5000),
          "region;body;categories;coordinator\n28;Тест\u0000;HEALTHCARE;x", ";;;;\n;;;;", "\"unterminated")) {
        bodies.add(new Body("text/csv", csv.getBytes(StandardCharsets.UTF_8), "csv " + shorten(csv)));
      }
    }
    return bodies;
  }

  private enum Mutation { WRONG_TYPE, NULL, HUGE, NUL, UNICODE, OVERFLOW, LONG_ARRAY, OBJECT }

  private JsonNode transform(JsonNode node, Mutation mutation) {
    if (node.isObject()) {
      ObjectNode copy = nodes.objectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        copy.set(field.getKey(), transformValue(field.getValue(), mutation));
      }
      return copy;
    }
    return transformValue(node, mutation);
  }

  private JsonNode transformValue(JsonNode value, Mutation mutation) {
    return switch (mutation) {
      case WRONG_TYPE -> value.isTextual() ? nodes.numberNode(123) : value.isNumber() ? nodes.textNode("abc")
          : value.isBoolean() ? nodes.textNode("yes") : value.isArray() ? nodes.objectNode().put("a", 1)
          : nodes.textNode("x");
      case NULL -> nodes.nullNode();
      case HUGE -> value.isTextual() ? nodes.textNode("я".repeat(20_000)) : value.isArray()
          ? nodes.arrayNode().add("я".repeat(20_000)) : value;
      case NUL -> value.isTextual() ? nodes.textNode("a\u0000b") : value.isArray() ? nodes.arrayNode().add("a\u0000b")
          : value.isObject() ? transform(value, Mutation.NUL) : value;
      case UNICODE -> value.isTextual() ? nodes.textNode("\u202Eпривет 😀 \uD800") : value;
      case OVERFLOW -> value.isNumber() ? nodes.numberNode(new java.math.BigInteger("99999999999999999999999"))
          : value.isTextual() ? nodes.numberNode(1e300) : value;
      case LONG_ARRAY -> {
        if (!value.isArray()) {
          yield value;
        }
        ArrayNode many = nodes.arrayNode();
        for (int i = 0; i < 2000; i++) {
          many.add(value.size() > 0 ? value.get(0) : nodes.textNode("x" + i));
        }
        yield many;
      }
      case OBJECT -> nodes.objectNode().put("value", 1);
    };
  }

  /** A value of the schema's shape: what a client that read the description would send. */
  private JsonNode sample(JsonNode schema, JsonNode schemas, int depth) {
    JsonNode s = resolve(schema, schemas);
    if (s.has("enum")) {
      return s.get("enum").get(0).deepCopy();
    }
    String type = type(s);
    if (type == null && s.has("properties")) {
      type = "object";
    }
    if (type == null) {
      return nodes.textNode("Тест");
    }
    return switch (type) {
      case "object" -> {
        ObjectNode object = nodes.objectNode();
        if (depth < 4) {
          s.path("properties").properties().forEach(p -> object.set(p.getKey(), sample(p.getValue(), schemas,
              depth + 1)));
        }
        yield object;
      }
      case "array" -> nodes.arrayNode().add(depth < 4 ? sample(s.path("items"), schemas, depth + 1)
          : nodes.textNode("Тест"));
      case "integer", "number" -> nodes.numberNode(1);
      case "boolean" -> nodes.booleanNode(true);
      default -> "date-time".equals(s.path("format").asText()) ? nodes.textNode("2026-01-01T00:00:00Z")
          : "date".equals(s.path("format").asText()) ? nodes.textNode("2026-01-01") : nodes.textNode("Тест");
    };
  }

  private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
    JsonNode s = schema;
    for (int i = 0; i < 5 && s.has("$ref"); i++) {
      String ref = s.get("$ref").asText();
      s = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }
    if (s.has("allOf") && s.get("allOf").size() == 1) {
      return resolve(s.get("allOf").get(0), schemas);
    }
    return s;
  }

  private static String type(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type == null) {
      return null;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!"null".equals(t.asText())) {
          return t.asText();
        }
      }
      return null;
    }
    return type.asText();
  }

  private Body json(String label, JsonNode node) {
    try {
      return new Body("application/json", json.writeValueAsBytes(node), label);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Body multipart(String label, Map<String, String> fields, String fileField, String fileName,
      byte[] content) {
    String boundary = "sweep-boundary-7MA4YWxkTrZu0gW";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n"));
    if (fileField != null) {
      write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
          + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      out.writeBytes(content);
      write(out, "\r\n");
    }
    write(out, "--" + boundary + "--\r\n");
    return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray(), label);
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  // ---- the engine REST operations Tasklist uses ---------------------------------------------------------------------

  void engine() {
    List<String> taskIds = fixtures.tasks().values().stream().map(EngineTask::id).toList();
    String task = taskIds.get(0);
    String key = "practice-publication";
    Map<String, List<String>> taskQuery = Map.of(
        "sortBy", List.of("created", "nosuch"), "sortOrder", List.of("desc", "sideways"),
        "firstResult", List.of("0", "-1", "abc"), "maxResults", List.of("15", "-5", "99999999999"),
        "candidateGroup", List.of("asi-moderators", "a%00b", "'%20OR%201=1"),
        "processInstanceBusinessKey", List.of(String.valueOf(fixtures.practiceId()), "x".repeat(3000)),
        "dueBefore", List.of("2026-01-01T00:00:00.000+0000", "yesterday"),
        "taskVariables", List.of("x_eq_1", "x_zz_1", "bad"));
    engineQuery("GET", "/task", taskQuery);
    engineQuery("GET", "/task/count", taskQuery);
    engineQuery("GET", "/process-definition", Map.of(
        "latestVersion", List.of("true", "maybe"), "startableInTasklist", List.of("true", "1"),
        "sortBy", List.of("name", "nosuch"), "firstResult", List.of("0", "x"), "maxResults", List.of("15", "-1"),
        "keyLike", List.of("%25practice%25", "a%00b")));
    engineQuery("GET", "/process-definition/count", Map.of("latestVersion", List.of("true", "x")));
    engineQuery("GET", "/filter", Map.of("resourceType", List.of("Task", "Nope"), "itemCount", List.of("true", "x")));
    Map<String, List<String>> history = Map.of(
        "sortBy", List.of("startTime", "nosuch"), "sortOrder", List.of("asc", "x"),
        "firstResult", List.of("0", "-1"), "maxResults", List.of("10", "abc"),
        "processInstanceBusinessKey", List.of(String.valueOf(fixtures.practiceId()), "a%00b"),
        "startedAfter", List.of("2026-01-01T00:00:00.000+0000", "soon"));
    engineQuery("GET", "/history/task", history);
    engineQuery("GET", "/history/process-instance", history);
    engineQuery("GET", "/history/variable-instance", Map.of("processInstanceId",
        List.of(fixtures.processInstanceId(), "x"), "variableName", List.of("practiceId", "a%00b"),
        "deserializeValues", List.of("false", "maybe")));
    engineQuery("GET", "/history/activity-instance", Map.of("processInstanceId",
        List.of(fixtures.processInstanceId(), "'%20OR%201=1"), "sortBy", List.of("startTime", "x")));
    engineQuery("GET", "/group", Map.of("member", List.of("moderator1", "a%00b")));

    // task resources: every task of the fixtures, and mutated ids
    List<String> ids = new ArrayList<>(taskIds);
    ids.addAll(List.of("no-such-task", "%00", "1'%20OR%201=1", "9".repeat(300), "%D0%B7%D0%B0%D0%B4%D0%B0%D1%87%D0%B0"));
    for (String id : ids) {
      for (String read : List.of("", "/form-variables", "/form", "/deployed-form", "/variables", "/identity-links",
          "/form-variables?variableNames=a%00b")) {
        engine(pick(USERS), "GET", "/task/" + id + read, null, null, "GET /task/{id}" + read);
      }
      engine(pick(USERS), "POST", "/task/" + id + "/claim", "application/json",
          "{\"userId\":\"" + pick(List.of("moderator2", "nobody", "a\\u0000b", "")) + "\"}", "claim");
      engine(pick(USERS), "POST", "/task/" + id + "/unclaim", null, null, "unclaim");
      engine(pick(USERS), "POST", "/task/" + id + "/assignee", "application/json", "{\"userId\":null}", "assignee");
    }
    // hostile bodies on task operations that write
    for (String operation : List.of("/complete", "/submit-form", "/variables", "/claim", "/assignee")) {
      List<String> bodies = hostileVariableBodies();
      boolean forms = operation.equals("/complete") || operation.equals("/submit-form");
      for (String body : forms ? bodies : bodies.subList(0, 5)) {
        String id = pick(taskIds);
        engine(pick(USERS), "POST", "/task/" + id + operation, "application/json", body, "POST task" + operation);
      }
      for (String type : forms ? CONTENT_TYPES : CONTENT_TYPES.subList(0, 3)) {
        engine("moderator1", "POST", "/task/" + task + operation, type, "{\"variables\":{}}",
            "POST task" + operation + " content-type " + type);
      }
    }
    engine("moderator1", "POST", "/task", "application/json", "{\"sorting\":[{\"sortBy\":\"nosuch\"}]}", "task query");
    engine("moderator1", "POST", "/task", "application/json", "{\"processVariables\":[{\"name\":\"x\","
        + "\"operator\":\"zz\",\"value\":1}]}", "task query");
    engine("moderator1", "POST", "/task/count", "application/json", "[1,2]", "task count query");
    // listeners refusing forms: each fixture task, by its own user, with each wrong form
    for (EngineTask fixture : fixtures.tasks().values()) {
      for (Map<String, Object> form : fixture.refusedForms()) {
        for (String operation : List.of("/submit-form", "/complete")) {
          engine(fixture.user(), "POST", "/task/" + fixture.id() + operation, "application/json",
              variables(form), "refused form" + operation);
        }
      }
      // and by users who have no business with it
      for (String user : List.of("official72", "auditor", "expert5")) {
        engine(user, "POST", "/task/" + fixture.id() + "/submit-form", "application/json",
            variables(fixture.refusedForms().get(0)), "foreign user submit");
      }
    }
    // process definitions: start forms and starts with wrong values
    List<String> keys = List.of(key, "practice-replication", "quarterly-report", "notification-delivery",
        "no-such-process", "%00", "'%20OR%201=1");
    for (String k : keys) {
      for (String read : List.of("", "/form-variables", "/startForm", "/deployed-start-form", "/xml",
          "/rendered-form")) {
        engine(pick(USERS), "GET", "/process-definition/key/" + k + read, null, null,
            "GET /process-definition/key/{key}" + read);
      }
    }
    engine("official28", "GET", "/process-definition/" + fixtures.processDefinitionId() + "/xml", null, null,
        "process definition xml");
    engine("official28", "GET", "/process-definition/no-such-id/xml", null, null, "process definition xml");
    for (Map<String, Object> form : refusedStartForms()) {
      String k = String.valueOf(form.remove("@key"));
      for (String operation : List.of("/submit-form", "/start")) {
        engine(pick(List.of("official28", "official72", "coordinator28")), "POST",
            "/process-definition/key/" + k + operation, "application/json", variables(form),
            "refused start" + operation);
      }
    }
    for (String body : hostileVariableBodies()) {
      engine(pick(USERS), "POST", "/process-definition/key/" + pick(keys) + pick(List.of("/start", "/submit-form")),
          "application/json", body, "hostile start");
    }
    // filters, the process instance's variables, users
    for (String filter : List.of(fixtures.filterId(), "no-such-filter", "%00")) {
      engine(pick(USERS), "GET", "/filter/" + filter, null, null, "GET /filter/{id}");
      engine(pick(USERS), "GET", "/filter/" + filter + "/count", null, null, "GET /filter/{id}/count");
      for (String query : List.of("{}", "[]", "{\"sorting\":[{\"sortBy\":\"nosuch\",\"sortOrder\":\"x\"}]}",
          "{\"processVariables\":[{\"name\":\"a\\u0000\",\"operator\":\"eq\",\"value\":1}]}", "{")) {
        engine(pick(USERS), "POST", "/filter/" + filter + "/list?firstResult=" + pick(List.of("0", "-1", "x"))
            + "&maxResults=15", "application/json", query, "POST /filter/{id}/list");
      }
    }
    for (String instance : List.of(fixtures.processInstanceId(), "no-such-instance", "%00")) {
      engine(pick(USERS), "GET", "/process-instance/" + instance + "/variables", null, null,
          "GET /process-instance/{id}/variables");
    }
    for (String user : List.of("moderator1", "nobody", "%00", "a'b")) {
      engine(pick(USERS), "GET", "/user/" + user + "/profile", null, null, "GET /user/{id}/profile");
    }
  }

  private void engineQuery(String method, String path, Map<String, List<String>> parameters) {
    Map<String, List<String>> sorted = new TreeMap<>(parameters);
    StringBuilder valid = new StringBuilder();
    for (Map.Entry<String, List<String>> parameter : sorted.entrySet()) {
      valid.append(valid.isEmpty() ? "?" : "&").append(parameter.getKey()).append('=')
          .append(parameter.getValue().get(0));
    }
    for (String user : java.util.Arrays.asList("moderator1", "official72", null)) {
      engine(user, method, path + valid, null, null, method + " " + path);
    }
    for (Map.Entry<String, List<String>> parameter : sorted.entrySet()) {
      for (String value : parameter.getValue().subList(1, parameter.getValue().size())) {
        engine(pick(USERS), method, path + "?" + parameter.getKey() + "=" + value, null, null,
            method + " " + path + " " + parameter.getKey());
      }
      for (String mutation : List.of("%00", "x".repeat(3000))) {
        engine(pick(USERS), method, path + "?" + parameter.getKey() + "=" + mutation, null, null,
            method + " " + path + " " + parameter.getKey());
      }
    }
  }

  private List<String> hostileVariableBodies() {
    return List.of("", "{", "[]", "null", "\"x\"", "{}", "{\"variables\":null}", "{\"variables\":[]}",
        "{\"variables\":{\"x\":{\"value\":\"rO0ABXQAA2Zvbw==\",\"type\":\"Object\",\"valueInfo\":{"
            + "\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
            + "\"application/x-java-serialized-object\"}}}}",
        "{\"variables\":{\"x\":{\"value\":\"1\",\"type\":\"NoSuchType\"}}}",
        "{\"variables\":{\"x\":{\"value\":\"abc\",\"type\":\"Long\"}}}",
        "{\"variables\":{\"x\":{\"value\":\"2020-13-45\",\"type\":\"Date\"}}}",
        "{\"variables\":{\"x\":{\"value\":\"{\",\"type\":\"Json\"}}}",
        "{\"variables\":{\"x\":{\"value\":\"<a\",\"type\":\"Xml\"}}}",
        "{\"variables\":{\"x\":{\"value\":\"a\\u0000b\"}}}",
        "{\"variables\":{\"a\\u0000b\":{\"value\":1}}}",
        "{\"variables\":{\"x\":{\"value\":\"" + "я".repeat(50_000) + "\"}}}",
        "{\"variables\":{\"x\":{\"value\":{\"nested\":[1,2]}}}}",
        "{\"variables\":{\"\":{\"value\":1}}}",
        "{\"variables\":{\"x\":{\"value\":1,\"type\":\"File\"}}}",
        "{\"variables\":{\"x\":{\"value\":99999999999999999999999,\"type\":\"Integer\"}}}",
        "{\"modifications\":{\"x\":{\"value\":1}},\"deletions\":[\"practiceId\"]}",
        "{\"userId\":{\"a\":1}}",
        "{\"businessKey\":\"a\\u0000b\",\"variables\":{}}",
        "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_CopyEditing\"}]}",
        "[".repeat(3000));
  }

  /** Start forms the start listeners must refuse: missing, unknown or foreign practices, bad periods. */
  private List<Map<String, Object>> refusedStartForms() {
    List<Map<String, Object>> forms = new ArrayList<>();
    for (Object practice : List.of(0L, -1L, 987654321L, "abc", fixtures.practiceId(), fixtures.otherPracticeId())) {
      forms.add(map("@key", "practice-publication", "practiceId", practice, "confirmSubmission", true));
    }
    forms.add(map("@key", "practice-publication", "confirmSubmission", true));
    forms.add(map("@key", "practice-publication", "practiceId", fixtures.practiceId(), "confirmSubmission", false));
    for (Object practice : List.of(0L, 987654321L, "abc", fixtures.practiceId())) {
      forms.add(map("@key", "practice-replication", "practiceId", practice, "recipientRegion", "72",
          "responsibleBody", "Тест", "officialPosition", "Министр", "positionLevel", "HEAD_OF_EXECUTIVE_BODY",
          "organisation", "Тест", "contactEmail", "a@b.ru", "declarationStudied", true, "declarationReady", true,
          "declarationCooperate", true));
    }
    forms.add(map("@key", "practice-replication", "practiceId", fixtures.practiceId(), "recipientRegion", "a\u0000",
        "positionLevel", "KING"));
    for (List<Object> period : List.of(List.<Object>of("99", 2025L, 1L), List.<Object>of("28", 2018L, 1L),
        List.<Object>of("28", 2025L, 5L), List.<Object>of("28", 2100L, 4L), List.<Object>of("abc", "x", "y"))) {
      forms.add(map("@key", "quarterly-report", "regionCode", period.get(0), "reportYear", period.get(1),
          "quarter", period.get(2)));
    }
    forms.add(map("@key", "notification-delivery", "notificationId", 1L));
    return forms;
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private String variables(Map<String, Object> form) {
    ObjectNode variables = nodes.objectNode();
    form.forEach((name, value) -> variables.putObject(name).putPOJO("value", value));
    return nodes.objectNode().set("variables", variables).toString();
  }

  /** Through the webapps' engine API a quarter of the time, as Tasklist calls it, for users who may open Tasklist. */
  private void engine(String user, String method, String path, String contentType, String body, String label) {
    Door door = user != null && TASKLIST_USERS.contains(user) && random.nextInt(4) == 0 ? Door.WEBAPP_ENGINE
        : Door.ENGINE_REST;
    probes.add(new Probe(door, user, method, path, contentType,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8), null, label));
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String shorten(String text) {
    String visible = text.replace("\u0000", "\\0");
    return visible.length() > 20 ? visible.substring(0, 20) + "…" : visible;
  }
}
