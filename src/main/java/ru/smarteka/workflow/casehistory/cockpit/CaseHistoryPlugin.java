package ru.smarteka.workflow.casehistory.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin {@value #ID} (Camunda 7's documented plugin API): registered in
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}, its server resources under
 * {@code /camunda/api/cockpit/plugin/smarteka-case-history/{engine}/cases}, its front-end script
 * {@code plugin-webapp/smarteka-case-history/app/plugin.js} (a page «История дел» in Cockpit's navigation).
 */
public class CaseHistoryPlugin extends AbstractCockpitPlugin {

  public static final String ID = "smarteka-case-history";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CaseHistoryRootResource.class);
  }
}
