package ru.smarteka.workflow.casehistory.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The plugin's root: its static assets ({@code static/app/plugin.js}, served by the base class) and, per engine, the
 * read-only case resource. Jersey creates it per request; the application's services come from the Spring context of
 * the servlet context Cockpit runs in.
 */
@Path("plugin/" + CaseHistoryPlugin.ID)
public class CaseHistoryRootResource extends AbstractCockpitPluginRootResource {

  public CaseHistoryRootResource() {
    super(CaseHistoryPlugin.ID);
  }

  @Path("{engineName}/cases")
  public CaseResource cases(@PathParam("engineName") String engineName) {
    WebApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    return subResource(new CaseResource(engineName, spring), engineName);
  }
}
