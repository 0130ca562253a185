package ru.smarteka.workflow.federal;

/** A federal reviewer's decision on a practice. */
public enum ReviewDecision {
  APPROVE("одобрена к массовому тиражированию"),
  APPROVE_WITH_REMARKS("одобрена с замечаниями"),
  DECLINE("не одобрена");

  private final String label;

  ReviewDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean approves() {
    return this != DECLINE;
  }
}
