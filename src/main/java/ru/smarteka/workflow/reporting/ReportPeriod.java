package ru.smarteka.workflow.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;

/**
 * A calendar quarter and its reporting deadline: the 15th of the month after it (decrees 188 and 494).
 */
public record ReportPeriod(int year, int quarter) {

  public ReportPeriod {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter " + quarter);
    }
  }

  public static ReportPeriod containing(LocalDate date) {
    return new ReportPeriod(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  public ReportPeriod previous() {
    return quarter == 1 ? new ReportPeriod(year - 1, 4) : new ReportPeriod(year, quarter - 1);
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  /** The first day after the quarter. */
  public LocalDate end() {
    return firstDay().plusMonths(3);
  }

  public LocalDate deadline() {
    return end().withDayOfMonth(15);
  }

  Instant startInstant(ZoneId zone) {
    return firstDay().atStartOfDay(zone).toInstant();
  }

  Instant endInstant(ZoneId zone) {
    return end().atStartOfDay(zone).toInstant();
  }

  public String businessKey(String regionCode) {
    return regionCode + "-" + year + "-Q" + quarter;
  }

  public String title() {
    return quarter + " квартал " + year + " г.";
  }
}
