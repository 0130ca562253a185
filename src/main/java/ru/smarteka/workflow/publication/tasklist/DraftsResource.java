package ru.smarteka.workflow.publication.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeFilter;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeStatus;
import ru.smarteka.workflow.practice.PracticeView;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.system.ConflictException;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.NotFoundException;

/**
 * The official's drafts, for the user logged into the webapps (the engine's current authentication):
 * <ul>
 *   <li>{@code GET} — the drafts of the regions the user is an official of, newest first: id, title, region;</li>
 *   <li>{@code POST {practiceId}/submit} — sends the draft to publication, as {@code POST /api/practices/{id}/submit}
 *   does (the same service and checks: only the region's official, only a complete draft).</li>
 * </ul>
 * Refusals are JSON with a Russian message: 400 with a message per field (an incomplete passport), 401, 403, 404, 409.
 */
public class DraftsResource extends AbstractTasklistPluginResource {

  private final PracticeService practices;
  private final PublicationService publications;
  private final ObjectMapper json;

  DraftsResource(String engineName, ApplicationContext spring) {
    super(engineName);
    this.practices = spring.getBean(PracticeService.class);
    this.publications = spring.getBean(PublicationService.class);
    this.json = spring.getBean(ObjectMapper.class);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response list() {
    return answer(user -> practices.list(user, new PracticeFilter(null, null, null, PracticeStatus.DRAFT),
            PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "updatedAt"))).stream()
        .filter(p -> user.officialRegions().contains(p.regionCode()))
        .map(p -> Map.of("id", p.id(), "title", p.title(), "regionCode", p.regionCode()))
        .toList());
  }

  @POST
  @Path("{practiceId}/submit")
  @Produces(MediaType.APPLICATION_JSON)
  public Response submit(@PathParam("practiceId") String practiceId) {
    return answer(user -> {
      long id;
      try {
        id = Long.parseLong(practiceId);
      } catch (NumberFormatException e) {
        throw new NotFoundException("Практика " + practiceId + " не найдена");
      }
      PracticeView submitted = publications.submit(user, id, null);
      return Map.of("id", submitted.id(), "title", submitted.passport().title(), "status", submitted.status().label());
    });
  }

  private Response answer(Function<CurrentUser, Object> work) {
    CurrentUser user = EngineUsers.current(getProcessEngine().getIdentityService());
    if (user == null) {
      return problem(Response.Status.UNAUTHORIZED, "Войдите в Tasklist", null);
    }
    try {
      return Response.ok(json.writeValueAsString(work.apply(user)), MediaType.APPLICATION_JSON_TYPE.withCharset(
          "UTF-8")).build();
    } catch (InvalidInputException e) {
      return problem(Response.Status.BAD_REQUEST, e.summary(), e.errors().stream()
          .map(f -> Map.of("field", f.field(), "message", f.message())).toList());
    } catch (AccessDeniedException e) {
      return problem(Response.Status.FORBIDDEN, e.getMessage(), null);
    } catch (NotFoundException e) {
      return problem(Response.Status.NOT_FOUND, e.getMessage(), null);
    } catch (ConflictException e) {
      return problem(Response.Status.CONFLICT, e.getMessage(), null);
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
