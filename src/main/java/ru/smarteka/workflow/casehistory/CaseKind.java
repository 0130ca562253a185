package ru.smarteka.workflow.casehistory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three kinds of case an auditor follows, as the plugin's paths name them. */
public enum CaseKind {
  PRACTICE("practice", "Практика", "practice-publication"),
  REPLICATION("replication", "Заявка на тиражирование", "practice-replication"),
  REPORT("report", "Квартальный отчёт", "quarterly-report");

  private final String path;
  private final String label;
  private final String processKey;

  CaseKind(String path, String label, String processKey) {
    this.path = path;
    this.label = label;
    this.processKey = processKey;
  }

  /** The name in the plugin's paths and parameters ({@code practice}, {@code replication}, {@code report}). */
  public String path() {
    return path;
  }

  public String label() {
    return label;
  }

  /** The process that runs a case of this kind. */
  public String processKey() {
    return processKey;
  }

  public static Optional<CaseKind> ofPath(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.path.equals(wanted)).findFirst();
  }
}
