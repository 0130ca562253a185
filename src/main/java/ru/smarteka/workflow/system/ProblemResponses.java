package ru.smarteka.workflow.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Writes a {@link Problem} the way each door answers: {@code application/problem+json} on our API, Camunda's JSON
 * shape ({@code {"type", "message", "code", "errors"}}) on the engine REST APIs.
 */
final class ProblemResponses {

  static final String ERRORS = "errors";

  private ProblemResponses() {
  }

  static ProblemDetail detail(Problem problem) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(problem.status()), problem.detail());
    body.setTitle(problem.title());
    if (!problem.errors().isEmpty() || problem.status() == 400 && problem.kind() == Problem.Kind.REFUSAL) {
      body.setProperty(ERRORS, problem.errors());
    }
    return body;
  }

  static ResponseEntity<ProblemDetail> api(Problem problem) {
    ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    problem.headers().forEach((name, value) -> response.header(name, value));
    return response.body(detail(problem));
  }

  /** Camunda's error shape: Tasklist shows {@code message}; {@code errors} adds the fields for other clients. */
  static Map<String, Object> engine(Problem problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.engineType());
    body.put("message", problem.message());
    if (problem.engineCode() != null) {
      body.put("code", problem.engineCode());
    }
    if (!problem.errors().isEmpty()) {
      body.put(ERRORS, problem.errors());
    }
    return body;
  }

  /** For code that runs outside Spring MVC (filters, the error page): our API's answer. */
  static void writeApi(HttpServletResponse response, Problem problem, ObjectMapper json, String instance)
      throws IOException {
    ProblemDetail body = detail(problem);
    if (instance != null) {
      body.setInstance(java.net.URI.create(instance));
    }
    write(response, problem, MediaType.APPLICATION_PROBLEM_JSON_VALUE, json.writeValueAsBytes(body));
  }

  /**
   * For code that runs outside Jersey (filters, the error page): the engine REST APIs' answer; without a reason
   * ({@code withReason} false: only a status was set), {@link #engineStatusOnly}.
   */
  static void writeEngine(HttpServletResponse response, Problem problem, ObjectMapper json, boolean withReason)
      throws IOException {
    write(response, problem, MediaType.APPLICATION_JSON_VALUE,
        json.writeValueAsBytes(withReason ? engine(problem) : engineStatusOnly(problem)));
  }

  /**
   * A status the webapps' own filters or resources set without a reason (a wrong password at the login, no access to
   * the application): no {@code message}, so the webapp shows its own Russian text for the status, as before.
   */
  static Map<String, Object> engineStatusOnly(Problem problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.engineType());
    body.put("status", problem.status());
    return body;
  }

  private static final java.util.regex.Pattern WEBAPP_LOGIN =
      java.util.regex.Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/(tasklist|cockpit|admin)$");

  /**
   * A webapp's login refused with 403: the password was right, the user's role has no access to that webapp (an
   * auditor in Tasklist). The webapp shows {@code message}: it says so, not that the password is wrong (401).
   */
  static String loginWithoutAccess(String path, int status) {
    java.util.regex.Matcher login = path == null ? null : WEBAPP_LOGIN.matcher(path);
    if (status != 403 || login == null || !login.matches()) {
      return null;
    }
    return switch (login.group(1)) {
      case "tasklist" -> "Пароль верный, но задач в Tasklist у вашей роли нет: аудиторы и владельцы процесса "
          + "смотрят ход и историю процессов в Cockpit (/camunda/app/cockpit/)";
      case "cockpit" -> "Пароль верный, но у вашей роли нет доступа к Cockpit: ваши задачи в Tasklist "
          + "(/camunda/app/tasklist/)";
      default -> "Пароль верный, но управление пользователями доступно только администраторам";
    };
  }

  /** Camunda's error shape with a message of ours for a status the webapps' own code set. */
  static void writeEngineMessage(HttpServletResponse response, Problem problem, ObjectMapper json, String message)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>(engineStatusOnly(problem));
    body.put("message", message);
    write(response, problem, MediaType.APPLICATION_JSON_VALUE, json.writeValueAsBytes(body));
  }

  private static void write(HttpServletResponse response, Problem problem, String contentType, byte[] body)
      throws IOException {
    response.resetBuffer();
    response.setStatus(problem.status());
    problem.headers().forEach(response::setHeader);
    response.setContentType(contentType);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  /** The engine REST APIs: {@code /engine-rest} and the webapps' {@code /camunda/api/engine}. */
  static boolean isEngineDoor(String path) {
    return path != null && (path.startsWith("/engine-rest") || path.startsWith("/camunda/api/"));
  }
}
