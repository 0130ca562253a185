package ru.smarteka.workflow.publication.tasklist;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The Tasklist plugin {@value #ID} (Camunda 7's documented plugin API): an official sends one of their drafts to
 * publication from Tasklist's header («Подать практику»), picking it from a list of their drafts by title: nobody types
 * a passport number. Server resources under {@code /camunda/api/tasklist/plugin/smarteka-drafts/{engine}/drafts},
 * the header's action in {@code plugin-webapp/smarteka-drafts/app/plugin.js}.
 */
public class DraftsPlugin extends AbstractTasklistPlugin {

  public static final String ID = "smarteka-drafts";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(DraftsRootResource.class);
  }
}
