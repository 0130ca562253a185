package ru.smarteka.workflow.region;

/** The two kinds of federal reviewers of seed 001, each with its group prefix. */
public enum FederalReviewerKind {
  /** A federal executive body (ФОИВ): group {@code federal-body-<code>}. */
  FEDERAL_BODY("federal-body-", "ФОИВ"),
  /** A commission of the State Council: group {@code state-council-commission-<code>}. */
  STATE_COUNCIL_COMMISSION("state-council-commission-", "комиссия Госсовета");

  private final String groupPrefix;
  private final String label;

  FederalReviewerKind(String groupPrefix, String label) {
    this.groupPrefix = groupPrefix;
    this.label = label;
  }

  public String groupOf(String code) {
    return groupPrefix + code;
  }

  public String label() {
    return label;
  }
}
