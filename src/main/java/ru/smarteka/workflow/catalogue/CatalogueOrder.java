package ru.smarteka.workflow.catalogue;

/** How a catalogue page is ordered: by relevance to the words, by publication date, by number of replications. */
public enum CatalogueOrder {
  RELEVANCE("relevance"),
  PUBLISHED("published"),
  REPLICATIONS("replications");

  private final String parameter;

  CatalogueOrder(String parameter) {
    this.parameter = parameter;
  }

  /** The value of the {@code sort} parameter. */
  public String parameter() {
    return parameter;
  }

  public static CatalogueOrder ofParameter(String value) {
    for (CatalogueOrder order : values()) {
      if (order.parameter.equals(value)) {
        return order;
      }
    }
    throw new IllegalArgumentException(value);
  }
}
