package ru.smarteka.workflow.publication.tasklist;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;
import ru.smarteka.workflow.publication.FormDocuments;

/** The plugin's root: its static script (served by the base class) and, per engine, the documents resource. */
@Path("plugin/" + FormDocuments.PLUGIN)
public class DocumentsRootResource extends AbstractTasklistPluginRootResource {

  public DocumentsRootResource() {
    super(FormDocuments.PLUGIN);
  }

  @Path("{engineName}/practices")
  public DocumentsResource practices(@PathParam("engineName") String engineName) {
    FormDocuments documents = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
        .getBean(FormDocuments.class);
    return subResource(new DocumentsResource(engineName, documents), engineName);
  }
}
