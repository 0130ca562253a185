package ru.smarteka.workflow.replication.tasklist;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The Tasklist plugin {@value #ID}: a replication request's documents download from its tasks' forms in the user's
 * Tasklist session, under {@code /camunda/api/tasklist/plugin/smarteka-replication-documents/{engine}/replications/
 * {requestId}/documents/{documentId}}, for whoever may read the request (as {@code GET /api/replications/{id}/documents/
 * {documentId}}). Its front-end script adds nothing to the page.
 */
public class ReplicationDocumentsPlugin extends AbstractTasklistPlugin {

  public static final String ID = "smarteka-replication-documents";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(ReplicationDocumentsRootResource.class);
  }
}
