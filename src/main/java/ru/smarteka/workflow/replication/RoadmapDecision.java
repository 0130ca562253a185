package ru.smarteka.workflow.replication;

/** The moderator's review of a roadmap version. */
public enum RoadmapDecision {
  APPROVED("утверждена"),
  RETURNED("возвращена с замечаниями");

  private final String label;

  RoadmapDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
