package ru.smarteka.workflow.publication.tasklist;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/** The plugin's root: its static script (served by the base class) and, per engine, the drafts resource. */
@Path("plugin/" + DraftsPlugin.ID)
public class DraftsRootResource extends AbstractTasklistPluginRootResource {

  public DraftsRootResource() {
    super(DraftsPlugin.ID);
  }

  @Path("{engineName}/drafts")
  public DraftsResource drafts(@PathParam("engineName") String engineName) {
    return subResource(new DraftsResource(engineName,
        WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)), engineName);
  }
}
