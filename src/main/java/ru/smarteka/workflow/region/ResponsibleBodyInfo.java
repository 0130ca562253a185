package ru.smarteka.workflow.region;

import java.util.List;

/**
 * A responsible body of a region with the codes of the categories it is responsible for (in category order).
 * {@code coordinator} marks the body that coordinates the others and collects the quarterly reports.
 */
public record ResponsibleBodyInfo(long id, String regionCode, String name, boolean coordinator,
    List<String> categoryCodes) {

  public ResponsibleBodyInfo {
    categoryCodes = List.copyOf(categoryCodes);
  }

  public boolean isResponsibleFor(String categoryCode) {
    return categoryCodes.contains(categoryCode);
  }
}
