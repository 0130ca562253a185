package ru.smarteka.workflow.region;

import java.util.List;

/**
 * A federal executive body or State Council commission with the codes of the categories it reviews (in category
 * order). Its members are the Camunda group {@link #group()}.
 */
public record FederalReviewerInfo(String code, FederalReviewerKind kind, String name, List<String> categoryCodes) {

  public FederalReviewerInfo {
    categoryCodes = List.copyOf(categoryCodes);
  }

  /** {@code federal-body-<code>} or {@code state-council-commission-<code>}. */
  public String group() {
    return kind.groupOf(code);
  }

  public boolean reviews(String categoryCode) {
    return categoryCodes.contains(categoryCode);
  }
}
