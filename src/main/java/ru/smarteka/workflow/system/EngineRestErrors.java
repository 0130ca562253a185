package ru.smarteka.workflow.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our answers on the engine REST APIs ({@code /engine-rest} and the webapps' {@code /camunda/api/engine}), registered
 * into each of their JAX-RS applications by {@link EngineRestConfiguration}:
 * <ul>
 *   <li>exception mappers for every exception type Camunda maps ({@code Throwable}, {@code ProcessEngineException},
 *   {@code RestException}, Jackson's parse and mapping exceptions), each ranked before Camunda's mapper of the same
 *   type, that answer as {@link Problems} decides in Camunda's JSON shape ({@code type}, {@code message}, {@code
 *   code}, and {@code errors: [{field, message}]}); Camunda's authorization details are kept;</li>
 *   <li>{@link EngineRequestCheck}, which refuses what the engine would otherwise fail on with a 500 or store
 *   against PostgreSQL's will.</li>
 * </ul>
 * A task operation that finds no task answers 409 when the task existed and is finished: someone else completed it;
 * so does one refused for want of a permission that its user had until the task was finished a moment before.
 */
final class EngineRestErrors {

  private static final Logger log = LoggerFactory.getLogger(EngineRestErrors.class);

  /** Ranked before Camunda's mappers (which have the default, {@link Priorities#USER}): a lower value wins. */
  static final int PRIORITY = Priorities.USER - 1000;

  private static final Pattern TASK_OPERATION = Pattern.compile(
      "(?:^|/)task/([^/]+)/(?:complete|submit-form|claim|unclaim|assignee|delegate|resolve)$");

  private final HistoryService historyService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final ObjectMapper json;

  EngineRestErrors(HistoryService historyService, TaskService taskService, IdentityService identityService,
      ObjectMapper json) {
    this.historyService = historyService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.json = json;
  }

  /** Adds our mappers and {@link EngineRequestCheck} to one of the engine's JAX-RS applications. */
  void registerInto(ResourceConfig config) {
    config.register(new ThrowableMapper(this), PRIORITY);
    config.register(new EngineExceptionMapper(this), PRIORITY);
    config.register(new RestExceptionMapper(this), PRIORITY);
    config.register(new JsonMappingMapper(this), PRIORITY);
    config.register(new JsonParseMapper(this), PRIORITY);
    config.register(new EngineRequestCheck(taskService, json), Priorities.ENTITY_CODER);
  }

  Response toResponse(Throwable thrown, UriInfo uri) {
    Problem problem = Problems.of(thrown);
    AuthorizationException denied = find(thrown, AuthorizationException.class);
    if (uri != null && problem.status() == 404) {
      problem = finishedTask(problem, uri.getPath(), null);
    } else if (uri != null && problem.status() == 403 && denied != null && denied.getUserId() != null) {
      problem = finishedTask(problem, uri.getPath(), denied.getUserId());
    }
    Map<String, Object> body = new LinkedHashMap<>(ProblemResponses.engine(problem));
    if (uri != null && isWebappsDoor(uri) && !problem.errors().isEmpty()) {
      body.put("message", problem.readableMessage());
    }
    if (problem.status() == 403 && denied != null) {
      body.putAll(authorizationDetails(denied));
    }
    return response(problem, body);
  }

  /** The webapps' engine API ({@code /camunda/api/engine}): Tasklist shows {@code message} to a person. */
  private static boolean isWebappsDoor(UriInfo uri) {
    String base = uri.getBaseUri().getPath();
    return base != null && base.contains("/api/engine");
  }

  static Response response(Problem problem, Map<String, Object> body) {
    Response.ResponseBuilder response = Response.status(problem.status())
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(body);
    problem.headers().forEach(response::header);
    return response.build();
  }

  /**
   * The task of a task operation is gone: finished by someone else in the meantime (409), or never there (404). A
   * refusal for want of a permission ({@code deniedUser}) is the same lost race seen a moment later: the winner removed
   * the task's candidates between the loser's reading of the task and its authorization check. It becomes a 409 only
   * for a user who was the task's assignee or among its candidates, by name or by a group: a refusal to anyone else
   * stays a refusal. The history is read on the application's behalf, on a thread without the caller's engine
   * authentication, because users may work on tasks without any permission on history.
   */
  private Problem finishedTask(Problem problem, String path, String deniedUser) {
    Matcher task = TASK_OPERATION.matcher(path);
    if (!task.find()) {
      return problem;
    }
    String taskId = task.group(1);
    try {
      boolean lostRace = CompletableFuture.supplyAsync(() -> historyService.createHistoricTaskInstanceQuery()
          .taskId(taskId).finished().count() > 0 && (deniedUser == null || couldWorkOn(taskId, deniedUser)))
          .get(5, TimeUnit.SECONDS);
      if (lostRace) {
        return new Problem(409, "Задача уже завершена",
            "Эту задачу только что завершил другой пользователь: обновите список задач", List.of(),
            Problem.Kind.RACE, "TaskAlreadyCompleted", null, Map.of());
      }
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      log.debug("Could not look the task {} up in history", taskId, e);
    }
    return problem;
  }

  /** The user was the task's assignee or one of its candidates, by name or by one of their groups. */
  private boolean couldWorkOn(String taskId, String userId) {
    HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    if (task != null && userId.equals(task.getAssignee())) {
      return true;
    }
    Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .collect(Collectors.toSet());
    for (HistoricIdentityLinkLog link : historyService.createHistoricIdentityLinkLogQuery().taskId(taskId).list()) {
      if (userId.equals(link.getUserId()) || groups.contains(link.getGroupId())) {
        return true;
      }
    }
    return false;
  }

  /** Camunda's authorization details ({@code AuthorizationExceptionDto}'s fields), which its clients read. */
  private static Map<String, Object> authorizationDetails(AuthorizationException denied) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("userId", denied.getUserId());
    List<Map<String, String>> missing = new ArrayList<>();
    for (MissingAuthorization authorization : denied.getMissingAuthorizations()) {
      Map<String, String> entry = new LinkedHashMap<>();
      entry.put("permissionName", authorization.getViolatedPermissionName());
      entry.put("resourceName", authorization.getResourceType());
      entry.put("resourceId", authorization.getResourceId());
      missing.add(entry);
    }
    details.put("missingAuthorizations", missing);
    return details;
  }

  private static <T> T find(Throwable thrown, Class<T> type) {
    return Problems.chain(thrown).stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
  }

  // ---- the providers: one mapper per exception type Camunda maps, so that ours is chosen at the same distance -----

  abstract static class Mapper<T extends Throwable> implements ExceptionMapper<T> {

    private final EngineRestErrors errors;
    @jakarta.ws.rs.core.Context
    private UriInfo uri;

    Mapper(EngineRestErrors errors) {
      this.errors = errors;
    }

    @Override
    public Response toResponse(T exception) {
      return errors.toResponse(exception, uri);
    }
  }

  static final class ThrowableMapper extends Mapper<Throwable> {
    ThrowableMapper(EngineRestErrors errors) {
      super(errors);
    }
  }

  static final class EngineExceptionMapper extends Mapper<ProcessEngineException> {
    EngineExceptionMapper(EngineRestErrors errors) {
      super(errors);
    }
  }

  static final class RestExceptionMapper extends Mapper<RestException> {
    RestExceptionMapper(EngineRestErrors errors) {
      super(errors);
    }
  }

  static final class JsonMappingMapper extends Mapper<JsonMappingException> {
    JsonMappingMapper(EngineRestErrors errors) {
      super(errors);
    }
  }

  static final class JsonParseMapper extends Mapper<JsonParseException> {
    JsonParseMapper(EngineRestErrors errors) {
      super(errors);
    }
  }


}
