package ru.smarteka.workflow.replication;

/** The level of the requesting official's position (the recipient-authority decision reads it). */
public enum PositionLevel {
  HEAD_OF_EXECUTIVE_BODY("Руководитель органа исполнительной власти"),
  DEPUTY_HEAD_OF_EXECUTIVE_BODY("Заместитель руководителя органа исполнительной власти"),
  HEAD_OF_SUBORDINATE_ORGANISATION("Руководитель подведомственной организации"),
  DEPUTY_HEAD_OF_SUBORDINATE_ORGANISATION("Заместитель руководителя подведомственной организации"),
  HEAD_OF_DEPARTMENT("Руководитель структурного подразделения"),
  SPECIALIST("Специалист"),
  OTHER("Иное");

  private final String label;

  PositionLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
