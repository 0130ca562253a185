package ru.smarteka.workflow.replication.tasklist;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;
import ru.smarteka.workflow.replication.ReplicationService;

/** The plugin's root: its static script (served by the base class) and, per engine, the documents resource. */
@Path("plugin/" + ReplicationDocumentsPlugin.ID)
public class ReplicationDocumentsRootResource extends AbstractTasklistPluginRootResource {

  public ReplicationDocumentsRootResource() {
    super(ReplicationDocumentsPlugin.ID);
  }

  @Path("{engineName}/replications")
  public ReplicationDocumentsResource replications(@PathParam("engineName") String engineName) {
    ReplicationService replications = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
        .getBean(ReplicationService.class);
    return subResource(new ReplicationDocumentsResource(engineName, replications), engineName);
  }
}
