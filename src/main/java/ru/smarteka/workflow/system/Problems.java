package ru.smarteka.workflow.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place that decides how a failed request is answered, on our API and on both engine REST APIs alike: walks
 * the throwable's cause chain (the engine wraps what a listener threw, the engine REST API wraps that again) and
 * makes a {@link Problem} with the status, a Russian title and detail and the field messages.
 * <ol>
 *   <li>a business refusal of ours anywhere in the chain: its status (400 with fields, 403, 404, 409, 412/428,
 *   413/415, 422) and its own message;</li>
 *   <li>the database out of reach: 503 with {@code Retry-After};</li>
 *   <li>a lost race (optimistic locking, a task claimed by someone else, an instance that moved on): 409;</li>
 *   <li>a value the database refused (SQLState class 22): 400; a real duplicate key (23505): 409;</li>
 *   <li>a malformed request (protocol, parameters, JSON, paging) or one Camunda refuses as such: its 4xx;</li>
 *   <li>anything else is a bug: 500 with a generic message and an incident number, the stack trace in the log.</li>
 * </ol>
 * No answer names a Java class or carries a stack trace: a message that looks like one is replaced by a generic one.
 */
final class Problems {

  private static final Logger log = LoggerFactory.getLogger(Problems.class);

  /** {@code type} of our refusals on the engine REST APIs (Camunda's clients show {@code message}). */
  static final String BUSINESS_REFUSAL = "BusinessRefusal";
  static final String SERVER_ERROR = "ServerError";
  static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
  /** Camunda's own type for malformed requests: what its clients expect for a 4xx of the request itself. */
  static final String INVALID_REQUEST = "InvalidRequestException";

  /** Seconds a client should wait before repeating a request the database could not serve. */
  static final int RETRY_AFTER_SECONDS = 10;

  static final String VALIDATION_TITLE = "Данные не прошли проверку";

  /** A qualified Java name, an exception's or error's class name, or a stack frame. */
  static final Pattern CLASS_LIKE = Pattern.compile(
      "\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Za-z_$][\\w$]*"
          + "|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error|Listener|Delegate)\\b"
          + "|\\bat [\\w$.]+\\(");

  /** PostgreSQL/SQL-standard states of a lost or refused connection, besides class 08. */
  private static final Set<String> CONNECTION_STATES = Set.of("57P01", "57P02", "57P03", "53300");

  private static final int MAX_CHAIN = 32;

  private Problems() {
  }

  static Problem of(Throwable thrown) {
    List<Throwable> chain = chain(thrown);
    for (Throwable t : chain) {
      Problem refusal = refusal(t);
      if (refusal != null) {
        return refusal;
      }
    }
    if (chain.stream().anyMatch(Problems::isConnectionFailure)) {
      log.warn("Database unavailable: {}", rootMessage(thrown));
      return new Problem(503, "Сервис временно недоступен",
          "База данных сейчас недоступна; повторите запрос через " + RETRY_AFTER_SECONDS + " секунд",
          List.of(), Problem.Kind.UNAVAILABLE, SERVICE_UNAVAILABLE, null,
          Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)));
    }
    for (Throwable t : chain) {
      Problem race = race(t);
      if (race != null) {
        return race;
      }
    }
    Problem data = refusedData(chain);
    if (data != null) {
      return data;
    }
    for (Throwable t : chain) {
      Problem request = request(t);
      if (request != null) {
        return request;
      }
    }
    Problem camunda = camunda(chain);
    if (camunda != null) {
      return camunda;
    }
    return unexpected(thrown);
  }

  /** A business refusal of ours (or Spring Security's denial), whatever wrapped it. */
  private static Problem refusal(Throwable t) {
    if (t instanceof InvalidInputException invalid) {
      return invalid(invalid.summary(), invalid.errors());
    }
    if (t instanceof NotFoundException) {
      return refusal(404, "Не найдено", t.getMessage());
    }
    if (t instanceof ConflictException) {
      return refusal(409, "Конфликт с текущим состоянием", t.getMessage());
    }
    if (t instanceof UnprocessableException) {
      return refusal(422, "Запрос не может быть выполнен", t.getMessage());
    }
    if (t instanceof PreconditionException precondition) {
      return precondition.isMissing()
          ? refusal(428, "Нужен заголовок If-Match", t.getMessage())
          : refusal(412, "Версия устарела", t.getMessage());
    }
    if (t instanceof RejectedContentException rejected) {
      return switch (rejected.reason()) {
        case TOO_LARGE -> refusal(413, "Файл слишком большой", t.getMessage());
        case UNSUPPORTED_TYPE -> refusal(415, "Недопустимый тип файла", t.getMessage());
      };
    }
    if (t instanceof AccessDeniedException) {
      return new Problem(403, "Доступ запрещён", orDefault(russian(t.getMessage()), "Вашей роли это действие недоступно"),
          List.of(), Problem.Kind.DENIED, "AuthorizationException", null, Map.of());
    }
    if (t instanceof AuthenticationException) {
      return new Problem(401, "Нужна аутентификация", "Войдите: HTTP Basic с логином и паролем пользователя Smarteka",
          List.of(), Problem.Kind.DENIED, "AuthenticationException", null,
          Map.of(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Smarteka\", charset=\"UTF-8\""));
    }
    return null;
  }

  static Problem invalid(String detail, List<FieldMessage> errors) {
    return new Problem(400, VALIDATION_TITLE, detail, errors, Problem.Kind.REFUSAL, BUSINESS_REFUSAL, null, Map.of());
  }

  private static Problem refusal(int status, String title, String detail) {
    return new Problem(status, title, detail, List.of(), Problem.Kind.REFUSAL, BUSINESS_REFUSAL, null, Map.of());
  }

  /** The database (or the pool in front of it) cannot give a connection, or lost the one in use. */
  static boolean isConnectionFailure(Throwable t) {
    if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
        || t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
      return true;
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      return state.startsWith("08") || CONNECTION_STATES.contains(state);
    }
    return false;
  }

  private static Problem race(Throwable t) {
    if (t instanceof TaskAlreadyClaimedException) {
      return race("Задачу уже взял в работу другой пользователь: обновите список задач", "TaskAlreadyClaimedException",
          (ProcessEngineException) t);
    }
    if (t instanceof OptimisticLockingException) {
      return race("Эту задачу или процесс только что изменил другой пользователь: обновите страницу и повторите",
          "OptimisticLockingException", (ProcessEngineException) t);
    }
    if (t instanceof MismatchingMessageCorrelationException || isVanishedSubscription(t)) {
      return race("Процесс уже перешёл на другой этап: действие больше неприменимо", "MismatchingMessageCorrelationException",
          (ProcessEngineException) t);
    }
    if (t instanceof OptimisticLockingFailureException || t instanceof StaleStateException
        || t instanceof ConcurrencyFailureException) {
      return race("Запись одновременно изменил другой пользователь: перечитайте её и повторите действие",
          "OptimisticLockingException", null);
    }
    return null;
  }

  /**
   * A message was correlated to an instance whose subscription another transaction removed in between (two
   * withdrawals of one practice at once): Camunda says so only in a plain engine exception's text.
   */
  private static boolean isVanishedSubscription(Throwable t) {
    return t.getClass() == ProcessEngineException.class && t.getMessage() != null
        && t.getMessage().contains("does not have a subscription to a message event");
  }

  private static Problem race(String detail, String type, ProcessEngineException camunda) {
    return new Problem(409, "Одновременное изменение", detail, List.of(), Problem.Kind.RACE, type,
        camunda == null ? null : camunda.getCode(), Map.of());
  }

  /**
   * The database refused a value (SQLState class 22: a NUL character, a value too long for its column) or a duplicate
   * key (23505, a concurrent request that slipped past the service's check). Other integrity violations are bugs.
   */
  private static Problem refusedData(List<Throwable> chain) {
    for (Throwable t : chain) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.equals("23505")) {
          return new Problem(409, "Конфликт с текущим состоянием",
              "Такая запись уже есть (её только что создал другой запрос)", List.of(), Problem.Kind.RACE,
              BUSINESS_REFUSAL, null, Map.of());
        }
        if (state.startsWith("22")) {
          log.warn("A value the database refused reached it (SQLState {}): validate it before", state);
          return new Problem(400, "Недопустимые данные",
              "Запрос содержит значение, которое нельзя сохранить (недопустимый символ или слишком длинный текст)",
              List.of(), Problem.Kind.REQUEST, INVALID_REQUEST, null, Map.of());
        }
      }
    }
    return null;
  }

  /** What is wrong with the request itself: Spring MVC's, JAX-RS's and Jackson's refusals, bad paging. */
  private static Problem request(Throwable t) {
    if (t instanceof BindException bind) {
      List<FieldMessage> errors = bind.getBindingResult().getFieldErrors().stream()
          .map(e -> new FieldMessage(e.getField(), orDefault(e.getDefaultMessage(), "недопустимое значение")))
          .sorted(Comparator.comparing(FieldMessage::field))
          .toList();
      return invalid("Данные не прошли проверку", errors);
    }
    if (t instanceof HandlerMethodValidationException validation) {
      List<FieldMessage> errors = new ArrayList<>();
      validation.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
          errors.add(new FieldMessage(orDefault(result.getMethodParameter().getParameterName(), "parameter"),
              message(error)))));
      errors.sort(Comparator.comparing(FieldMessage::field));
      return invalid("Данные не прошли проверку", errors);
    }
    if (t instanceof ConstraintViolationException violations) {
      List<FieldMessage> errors = violations.getConstraintViolations().stream()
          .map(v -> new FieldMessage(lastNode(v.getPropertyPath().toString()), v.getMessage()))
          .sorted(Comparator.comparing(FieldMessage::field))
          .toList();
      return invalid("Данные не прошли проверку", errors);
    }
    if (t instanceof MissingServletRequestParameterException missing) {
      return field(400, "Не хватает параметра", "Не указан параметр " + missing.getParameterName(),
          missing.getParameterName(), "обязательный параметр");
    }
    if (t instanceof MissingServletRequestPartException missing) {
      return field(400, "Не хватает части запроса", "Не передана часть multipart-запроса «" + missing.getRequestPartName()
          + "»", missing.getRequestPartName(), "обязательная часть запроса");
    }
    if (t instanceof MissingRequestHeaderException missing) {
      return field(400, "Не хватает заголовка", "Не указан заголовок " + missing.getHeaderName(),
          missing.getHeaderName(), "обязательный заголовок");
    }
    if (t instanceof MethodArgumentTypeMismatchException mismatch) {
      return field(400, VALIDATION_TITLE, "Параметр " + mismatch.getName() + " имеет неверный вид",
          mismatch.getName(), expected(mismatch.getRequiredType()));
    }
    if (t instanceof PropertyReferenceException property) {
      return field(400, VALIDATION_TITLE, "Нельзя сортировать по «" + property.getPropertyName() + "»", "sort",
          "неизвестное поле для сортировки");
    }
    if (t instanceof HttpMessageNotReadableException || t instanceof JsonProcessingException) {
      return unreadable(t);
    }
    if (t instanceof HttpRequestMethodNotSupportedException method) {
      Map<String, String> allow = method.getSupportedHttpMethods() == null ? Map.of()
          : Map.of(HttpHeaders.ALLOW, String.join(", ", method.getSupportedHttpMethods().stream()
              .map(Object::toString).toList()));
      return new Problem(405, "Метод не поддерживается", "Метод " + method.getMethod() + " здесь не поддерживается",
          List.of(), Problem.Kind.REQUEST, INVALID_REQUEST, null, allow);
    }
    if (t instanceof HttpMediaTypeNotSupportedException || t instanceof InvalidMediaTypeException) {
      return new Problem(415, "Неподдерживаемый тип содержимого",
          "Тип содержимого запроса (Content-Type) здесь не принимается", List.of(), Problem.Kind.REQUEST,
          INVALID_REQUEST, null, Map.of());
    }
    if (t instanceof HttpMediaTypeNotAcceptableException) {
      return new Problem(406, "Формат ответа не поддерживается",
          "Ответ можно получить только в JSON (заголовок Accept)", List.of(), Problem.Kind.REQUEST, INVALID_REQUEST,
          null, Map.of());
    }
    if (t instanceof MaxUploadSizeExceededException tooLarge) {
      return new Problem(413, "Файл слишком большой", "Файл больше допустимого размера (" + (tooLarge.getMaxUploadSize() > 0
          ? (tooLarge.getMaxUploadSize() / (1024 * 1024)) + " МБ" : "лимит сервера") + ")", List.of(),
          Problem.Kind.REQUEST, INVALID_REQUEST, null, Map.of());
    }
    if (t instanceof InvalidFileNameException) {
      return field(400, VALIDATION_TITLE, "Недопустимое имя файла", "file", "имя файла содержит недопустимый символ");
    }
    if (t instanceof MultipartException) {
      return field(400, "Неверный формат запроса", "Запрос не читается как multipart/form-data", "file",
          "передайте файл частью multipart/form-data с границей (boundary)");
    }
    if (t instanceof NoResourceFoundException || t instanceof NoHandlerFoundException) {
      return notFoundPath();
    }
    if (t instanceof ErrorResponse response) {
      return status(response.getStatusCode().value(), Map.of());
    }
    if (t instanceof org.glassfish.jersey.server.ParamException param) {
      return field(400, VALIDATION_TITLE, "Параметр " + param.getParameterName() + " имеет неверный вид",
          param.getParameterName(), "недопустимое значение");
    }
    if (t instanceof jakarta.ws.rs.WebApplicationException web) {
      return status(web.getResponse().getStatus(), Map.of());
    }
    if (t instanceof RestException rest && rest.getStatus() != null && rest.getStatus().getStatusCode() < 500) {
      int status = rest.getStatus().getStatusCode();
      return new Problem(status, title(status), withCamundaMessage(status, rest.getMessage()), List.of(),
          Problem.Kind.REQUEST, camundaType(rest), camundaCode(rest), Map.of());
    }
    return null;
  }

  private static Problem field(int status, String title, String detail, String field, String message) {
    return new Problem(status, title, detail, List.of(new FieldMessage(field, message)), Problem.Kind.REQUEST,
        INVALID_REQUEST, null, Map.of());
  }

  static Problem notFound(String detail) {
    return new Problem(404, "Не найдено", detail, List.of(), Problem.Kind.REQUEST, INVALID_REQUEST, null, Map.of());
  }

  static Problem notFoundPath() {
    return new Problem(404, "Не найдено", "Здесь ничего нет: проверьте адрес запроса", List.of(),
        Problem.Kind.REQUEST, INVALID_REQUEST, null, Map.of());
  }

  /** A JSON body that does not parse, or parses into the wrong shape: the field, and what it should be. */
  private static Problem unreadable(Throwable t) {
    JsonProcessingException json = find(t, JsonProcessingException.class);
    if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = path(mapping);
      String message = mapping instanceof InvalidFormatException format ? expected(format.getTargetType())
          : mapping instanceof MismatchedInputException mismatched ? expected(mismatched.getTargetType())
          : "недопустимое значение";
      return new Problem(400, "Неверный формат запроса", "Тело запроса не читается как JSON нужного вида",
          List.of(new FieldMessage(field, message)), Problem.Kind.REQUEST, INVALID_REQUEST, null, Map.of());
    }
    String detail = json != null ? "Тело запроса не является JSON нужного вида"
        : "Тело запроса пустое или не читается как JSON нужного вида";
    return new Problem(400, "Неверный формат запроса", detail, List.of(), Problem.Kind.REQUEST, INVALID_REQUEST, null,
        Map.of());
  }

  private static String path(JsonMappingException mapping) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "недопустимое значение";
    }
    if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class
        || type == short.class || type == float.class) {
      return "ожидается число";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "ожидается true или false";
    }
    if (type == String.class || type == char.class) {
      return "ожидается строка";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "ожидается список";
    }
    if (type.isEnum()) {
      Object[] values = type.getEnumConstants();
      List<String> names = new ArrayList<>();
      for (Object value : values) {
        names.add(((Enum<?>) value).name());
      }
      return "одно из значений: " + String.join(", ", names);
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "ожидается дата в формате ISO-8601";
    }
    return "ожидается объект";
  }

  /**
   * What Camunda refused as the caller's mistake (the outermost engine exception; a wrapper around something deeper is
   * not enough): missing permissions 403, a missing thing 404, a bad value 400.
   */
  private static Problem camunda(List<Throwable> chain) {
    ProcessEngineException engine = null;
    for (Throwable t : chain) {
      if (t instanceof ProcessEngineException found) {
        engine = found;
        break;
      }
      if (!(t instanceof RestException)) {
        return null;
      }
    }
    if (engine == null) {
      return null;
    }
    if (engine instanceof AuthorizationException denied) {
      return new Problem(403, "Доступ запрещён", authorizationMessage(denied), List.of(), Problem.Kind.DENIED,
          "AuthorizationException", denied.getCode(), Map.of());
    }
    if (engine instanceof org.camunda.bpm.engine.exception.NotFoundException) {
      return camundaRequest(404, engine);
    }
    if (engine instanceof NullValueException) {
      // the engine checked a value the request named: a task, a definition, a user that is not there
      String text = String.valueOf(engine.getMessage()).toLowerCase(Locale.ROOT);
      boolean missing = text.contains("cannot find") || text.contains("not found") || text.contains("does not exist")
          || text.contains("doesn't exist") || text.contains("no deployed") || text.contains("is null");
      return camundaRequest(missing ? 404 : 400, engine);
    }
    if (engine instanceof BadUserRequestException || engine instanceof ParseException
        || engine instanceof org.camunda.bpm.engine.migration.MigrationPlanValidationException
        || engine instanceof org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException) {
      return camundaRequest(400, engine);
    }
    return null;
  }

  private static Problem camundaRequest(int status, ProcessEngineException engine) {
    return new Problem(status, title(status), withCamundaMessage(status, engine.getMessage()), List.of(),
        Problem.Kind.REQUEST, camundaType(engine), engine.getCode(), Map.of());
  }

  private static String authorizationMessage(AuthorizationException denied) {
    List<String> wanted = new ArrayList<>();
    for (MissingAuthorization missing : denied.getMissingAuthorizations()) {
      String resource = missing.getResourceId() == null ? missing.getResourceType()
          : missing.getResourceType() + " " + missing.getResourceId();
      wanted.add("«" + missing.getViolatedPermissionName() + "» на " + resource);
    }
    String text = "Недостаточно прав для этого действия";
    String detail = clean(String.join(" или ", wanted));
    return detail == null || wanted.isEmpty() ? text : text + ": нужно право " + detail;
  }

  /** Camunda's exception name as its clients know it ({@code type}); never a class of ours. */
  private static String camundaType(Throwable t) {
    return t.getClass().getName().startsWith("org.camunda.bpm.") ? t.getClass().getSimpleName() : INVALID_REQUEST;
  }

  private static Integer camundaCode(RestException rest) {
    return rest.getCause() instanceof ProcessEngineException engine ? engine.getCode() : null;
  }

  /** Camunda's own text (English) after a Russian summary, when it names no class. */
  private static String withCamundaMessage(int status, String message) {
    String summary = switch (status) {
      case 404 -> "Не найдено";
      case 403 -> "Доступ запрещён";
      default -> "Неверный запрос";
    };
    String camunda = clean(message);
    return camunda == null ? summary : summary + ": " + camunda;
  }

  private static Problem status(int status, Map<String, String> headers) {
    if (status >= 500) {
      return null;
    }
    String detail = switch (status) {
      case 404 -> "Здесь ничего нет: проверьте адрес запроса";
      case 405 -> "Этот метод здесь не поддерживается";
      case 406 -> "Ответ можно получить только в JSON (заголовок Accept)";
      case 413 -> "Запрос слишком большой";
      case 415 -> "Тип содержимого запроса (Content-Type) здесь не принимается";
      case 401 -> "Нужна аутентификация";
      case 403 -> "Доступ запрещён";
      default -> "Запрос составлен неверно";
    };
    return new Problem(status, title(status), detail, List.of(), Problem.Kind.REQUEST, INVALID_REQUEST, null, headers);
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Неверный запрос";
      case 401 -> "Нужна аутентификация";
      case 403 -> "Доступ запрещён";
      case 404 -> "Не найдено";
      case 405 -> "Метод не поддерживается";
      case 406 -> "Формат ответа не поддерживается";
      case 409 -> "Конфликт с текущим состоянием";
      case 412 -> "Версия устарела";
      case 413 -> "Слишком большой запрос";
      case 415 -> "Неподдерживаемый тип содержимого";
      case 422 -> "Запрос не может быть выполнен";
      case 428 -> "Нужно условие запроса";
      case 503 -> "Сервис временно недоступен";
      default -> status >= 500 ? "Внутренняя ошибка сервера" : "Неверный запрос";
    };
  }

  /** A bug: the client learns only that it happened and its number; the log has the rest. */
  private static Problem unexpected(Throwable thrown) {
    String incident = UUID.randomUUID().toString().substring(0, 8);
    log.error("Unexpected failure, incident {}", incident, thrown);
    return new Problem(500, "Внутренняя ошибка сервера",
        "Запрос не выполнен из-за ошибки на сервере. Она записана в журнал под номером " + incident
            + "; сообщите его администратору",
        List.of(), Problem.Kind.UNEXPECTED, SERVER_ERROR, null, Map.of());
  }

  /** A status alone (an error the container answered before any of our code ran). */
  static Problem forStatus(int status) {
    Problem problem = status(status, Map.of());
    if (problem != null) {
      return problem;
    }
    return status == 503
        ? new Problem(503, title(503), "Сервис временно недоступен; повторите запрос позже", List.of(),
            Problem.Kind.UNAVAILABLE, SERVICE_UNAVAILABLE, null,
            Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)))
        : new Problem(status, title(status), "Запрос не выполнен из-за ошибки на сервере", List.of(),
            Problem.Kind.UNEXPECTED, SERVER_ERROR, null, Map.of());
  }

  /** The message, or null when it is empty or names a class (then a generic text is used). */
  static String clean(String message) {
    if (message == null || message.isBlank() || CLASS_LIKE.matcher(message).find()) {
      return null;
    }
    String text = message.strip();
    int newline = text.indexOf('\n');
    if (newline >= 0) {
      text = text.substring(0, newline);
    }
    return text.length() > 500 ? text.substring(0, 500) + "…" : text;
  }

  /** Our own message (Russian); a framework's English one ("Access Denied") is not for the user. */
  private static String russian(String message) {
    String text = clean(message);
    return text != null && text.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)
        ? text : null;
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static String message(MessageSourceResolvable error) {
    return orDefault(clean(error.getDefaultMessage()), "недопустимое значение");
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private static <T> T find(Throwable thrown, Class<T> type) {
    for (Throwable t : chain(thrown)) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  static List<Throwable> chain(Throwable thrown) {
    List<Throwable> chain = new ArrayList<>();
    Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = thrown; t != null && seen.add(t) && chain.size() < MAX_CHAIN; t = t.getCause()) {
      chain.add(t);
      if (t instanceof SQLException sql && sql.getNextException() != null && seen.add(sql.getNextException())) {
        chain.add(sql.getNextException());
      }
    }
    return chain;
  }

  private static String rootMessage(Throwable thrown) {
    List<Throwable> chain = chain(thrown);
    Throwable root = chain.get(chain.size() - 1);
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
