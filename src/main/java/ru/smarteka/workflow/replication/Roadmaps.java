package ru.smarteka.workflow.replication;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/** Reads a roadmap's milestones from the lines of its form: «что; ДД.ММ.ГГГГ; ответственный». */
final class Roadmaps {

  record Line(String title, LocalDate dueDate, String responsible) {
  }

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
  static final int MAX_MILESTONES = 100;

  static List<Line> parse(String text) {
    List<Line> lines = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String[] rows = text == null ? new String[0] : text.split("\\R");
    int number = 0;
    for (String row : rows) {
      number++;
      if (row.isBlank()) {
        continue;
      }
      String[] parts = row.split(";");
      if (parts.length != 3 || parts[0].isBlank() || parts[2].isBlank()) {
        problems.add("строка " + number + ": нужно «что; ДД.ММ.ГГГГ; ответственный»");
        continue;
      }
      try {
        LocalDate due = LocalDate.parse(parts[1].strip(), DATE);
        if (parts[0].strip().length() > 1000 || parts[2].strip().length() > 300) {
          problems.add("строка " + number + ": слишком длинный текст");
          continue;
        }
        lines.add(new Line(parts[0].strip(), due, parts[2].strip()));
      } catch (DateTimeParseException e) {
        problems.add("строка " + number + ": срок «" + parts[1].strip() + "» не дата ДД.ММ.ГГГГ");
      }
    }
    if (lines.isEmpty() && problems.isEmpty()) {
      problems.add("укажите хотя бы одну веху");
    }
    if (lines.size() > MAX_MILESTONES) {
      problems.add("не больше " + MAX_MILESTONES + " вех");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Вехи дорожной карты записаны неверно",
          problems.stream().map(p -> new FieldMessage("roadmapMilestones", p)).toList());
    }
    return lines;
  }

  private Roadmaps() {
  }
}
