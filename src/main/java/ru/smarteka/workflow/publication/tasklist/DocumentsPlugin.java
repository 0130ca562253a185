package ru.smarteka.workflow.publication.tasklist;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;
import ru.smarteka.workflow.publication.FormDocuments;

/**
 * The Tasklist plugin {@value FormDocuments#PLUGIN} (Camunda 7's documented plugin API, registered in
 * {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin}): the practice's documents download
 * from a task's form in the user's Tasklist session, under
 * {@code /camunda/api/tasklist/plugin/smarteka-documents/{engine}/practices/{practiceId}/documents/{documentId}}.
 * Its front-end script ({@code plugin-webapp/smarteka-documents/app/plugin.js}) adds nothing to the page.
 */
public class DocumentsPlugin extends AbstractTasklistPlugin {

  @Override
  public String getId() {
    return FormDocuments.PLUGIN;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(DocumentsRootResource.class);
  }
}
