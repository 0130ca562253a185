package ru.smarteka.workflow.analytics.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * «Аналитика Смартеки» on Cockpit's dashboard (Camunda 7's Cockpit plugin API): the front-end script
 * {@code plugin-webapp/smarteka-analytics/app/plugin.js} draws the figures with Chart.js, read from the plugin's
 * server resource {@link AnalyticsPluginRootResource} (auditors only, reads only). Registered in
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}.
 */
public class AnalyticsCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "smarteka-analytics";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(AnalyticsPluginRootResource.class);
  }
}
