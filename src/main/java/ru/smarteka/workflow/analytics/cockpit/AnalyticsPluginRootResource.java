package ru.smarteka.workflow.analytics.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * The plugin's root: its static assets ({@code static/app/plugin.js}, the vendored Chart.js) and, per engine, the
 * figures ({@code /camunda/api/cockpit/plugin/smarteka-analytics/default/figures/{figure}}).
 */
@Path("plugin/" + AnalyticsCockpitPlugin.ID)
public class AnalyticsPluginRootResource extends AbstractCockpitPluginRootResource {

  /** Chart.js 4 (MIT), its UMD build as published on npm, served as an asset of the plugin. */
  static final String CHART_JS = "app/chart.umd.min.js";

  public AnalyticsPluginRootResource() {
    super(AnalyticsCockpitPlugin.ID);
    allowedAssets.add(CHART_JS);
  }

  @Path("{engineName}/figures")
  public AnalyticsFiguresResource figures(@PathParam("engineName") String engineName) {
    return subResource(new AnalyticsFiguresResource(engineName), engineName);
  }
}
