package ru.smarteka.workflow.analytics.cockpit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import ru.smarteka.workflow.analytics.AnalyticsFilter;
import ru.smarteka.workflow.analytics.FigureKind;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.system.InvalidInputException;

/**
 * The figures for the dashboard, read-only: only GET exists (any other method is refused by the container), and only
 * an auditor (the Cockpit user the engine call is authenticated for, never a parameter) is answered; anyone else gets
 * 403. A wrong filter is a 400 with a Russian message per field, in the engine REST API's shape.
 */
public class AnalyticsFiguresResource extends AbstractCockpitPluginResource {

  public AnalyticsFiguresResource(String engineName) {
    super(engineName);
  }

  /** The filter's choices: regions, federal districts, categories. */
  @GET
  @Path("filters")
  @Produces(MediaType.APPLICATION_JSON)
  public Response filters() {
    Response refused = refuseNonAuditor();
    if (refused != null) {
      return refused;
    }
    return json(200, CockpitAnalytics.service().filterChoices());
  }

  @GET
  @Path("{figure}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response figure(@PathParam("figure") String figure, @QueryParam("from") String from,
      @QueryParam("to") String to, @QueryParam("region") String region, @QueryParam("district") String district,
      @QueryParam("category") String category) {
    Response refused = refuseNonAuditor();
    if (refused != null) {
      return refused;
    }
    FigureKind kind = FigureKind.byId(figure).orElse(null);
    if (kind == null) {
      return json(404, Map.of("type", "NotFound", "message", "Нет такого показателя аналитики"));
    }
    try {
      AnalyticsFilter filter = CockpitAnalytics.service().filter(from, to, region, district, category);
      return json(200, CockpitAnalytics.service().figure(user(), kind, filter));
    } catch (InvalidInputException e) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "InvalidRequestException");
      body.put("message", e.summary());
      body.put("errors", e.errors().stream().map(m -> Map.of("field", m.field(), "message", m.message())).toList());
      return json(400, body);
    }
  }

  private CurrentUser user() {
    return EngineUsers.current(getProcessEngine().getIdentityService());
  }

  private Response refuseNonAuditor() {
    CurrentUser user = user();
    if (user == null) {
      return json(401, Map.of("type", "AuthenticationException", "message", "Войдите в Cockpit"));
    }
    if (!user.isMemberOf(Groups.AUDITORS)) {
      return json(403, Map.of("type", "AuthorizationException",
          "message", "Аналитика в Cockpit доступна только аудиторам"));
    }
    return null;
  }

  private static Response json(int status, Object body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(CockpitAnalytics.json(body)).build();
  }

}
