package ru.smarteka.workflow.analytics;

import java.util.Arrays;
import java.util.Optional;

/** The figures there are, by their id in the path {@code /api/analytics/{id}}. */
public enum FigureKind {
  FUNNEL("funnel", "Воронка публикации практик"),
  STAGES("stages", "Время на этапах публикации (часы)"),
  STAGE_TREND("stage-trend", "Время на этапах публикации по месяцам (часы)"),
  OVERDUE_TASKS("overdue-tasks", "Просроченные задачи сейчас: по группам и регионам"),
  EXPERTS("experts", "Нагрузка экспертов и их средние оценки"),
  REPLICATIONS("replications", "Итоги тиражирования по регионам и практикам"),
  REPLICATION_REGIONS("replications-by-region", "Итоги тиражирования по регионам"),
  QUARTERLY_REPORTS("quarterly-reports", "Квартальные отчёты: в срок и с опозданием");

  private final String id;
  private final String title;

  FigureKind(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public static Optional<FigureKind> byId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }
}
