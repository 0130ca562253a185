package ru.smarteka.workflow.engine;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * The text of Tasklist's «Описание» tab for a task of any of our processes: what the person has to do, about which
 * practice, request or report, and by when (the due date in Moscow time, as officials read it).
 */
public final class TaskDescription {

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
      Locale.forLanguageTag("ru"));
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  /** «{what} Срок — до 8 декабря 2026, 18:00 (МСК).», or just what to do when the task has no due date. */
  public static String of(String whatToDo, Date due) {
    if (due == null) {
      return whatToDo;
    }
    return whatToDo + " Срок — до " + DUE.format(due.toInstant().atZone(MOSCOW)) + " (МСК).";
  }

  private TaskDescription() {
  }
}
