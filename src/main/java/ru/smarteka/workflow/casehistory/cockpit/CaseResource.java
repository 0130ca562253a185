package ru.smarteka.workflow.casehistory.cockpit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import ru.smarteka.workflow.casehistory.CaseHistory;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.NotFoundException;

/**
 * The cases, read-only: {@code GET} the search, the search's filters and a case's timeline; there is no other method,
 * so every write is refused (405). The caller is the user logged into the webapp (the engine's current
 * authentication); only auditors and administrators are answered, whatever application they logged into. Refusals
 * are JSON with a Russian message: 400 with a message per parameter, 401, 403, 404.
 */
public class CaseResource extends AbstractCockpitPluginResource {

  private static final Logger log = LoggerFactory.getLogger(CaseResource.class);

  private final CaseHistory history;
  private final ObjectMapper json;

  CaseResource(String engineName, ApplicationContext spring) {
    super(engineName);
    this.history = spring.getBean(CaseHistory.class);
    this.json = spring.getBean(ObjectMapper.class);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response search(@QueryParam("kind") String kind, @QueryParam("q") String text,
      @QueryParam("region") String region, @QueryParam("status") String status, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return answer(user -> {
      Integer pageNumber = number("page", page);
      Integer pageSize = number("size", size);
      return history.search(user, kind, text, region, status, pageNumber, pageSize);
    });
  }

  @GET
  @Path("filters")
  @Produces(MediaType.APPLICATION_JSON)
  public Response filters() {
    return answer(history::filters);
  }

  @GET
  @Path("{kind}/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response timeline(@PathParam("kind") String kind, @PathParam("id") String id) {
    return answer(user -> history.timeline(user, kind, id));
  }

  private static Integer number(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("Неверные условия поиска",
          List.of(new ru.smarteka.workflow.system.FieldMessage(field, "целое число")));
    }
  }

  private Response answer(Function<CurrentUser, Object> read) {
    CurrentUser user = EngineUsers.current(getProcessEngine().getIdentityService());
    if (user == null) {
      return problem(Response.Status.UNAUTHORIZED, "Нужно войти в Cockpit", null);
    }
    try {
      return Response.ok(json.writeValueAsString(read.apply(user)), MediaType.APPLICATION_JSON_TYPE.withCharset(
          "UTF-8")).build();
    } catch (AccessDeniedException | AuthorizationException e) {
      return problem(Response.Status.FORBIDDEN, "История дел доступна только аудиторам и администраторам", null);
    } catch (InvalidInputException e) {
      return problem(Response.Status.BAD_REQUEST, e.getMessage(), e.errors().stream()
          .map(f -> Map.of("field", f.field(), "message", f.message())).toList());
    } catch (NotFoundException e) {
      return problem(Response.Status.NOT_FOUND, e.getMessage(), null);
    } catch (DataAccessResourceFailureException e) {
      log.warn("Case history: database unavailable", e);
      return problem(Response.Status.SERVICE_UNAVAILABLE, "База данных недоступна, повторите позже", null);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Response problem(Response.Status status, String message, List<Map<String, String>> fields) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.getStatusCode());
    body.put("message", message);
    if (fields != null) {
      body.put("fields", fields);
    }
    try {
      return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .entity(json.writeValueAsString(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
