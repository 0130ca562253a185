package ru.smarteka.workflow.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import ru.smarteka.workflow.system.FieldMessage;

/**
 * What a passport must hold before it is submitted: every field of the unified form, an author team, a step-by-step
 * algorithm and at least one document confirming implementation (publication criterion 6).
 */
final class PassportCompleteness {

  static final int MIN_ALGORITHM_STEPS = 2;

  static List<FieldMessage> missing(Practice p, long documentCount) {
    List<FieldMessage> missing = new ArrayList<>();
    require(missing, p, "title", Practice::title, "укажите название практики");
    require(missing, p, "categoryCode", Practice::categoryCode, "выберите категорию");
    require(missing, p, "levelCode", Practice::levelCode, "выберите уровень практики");
    require(missing, p, "organisation", Practice::organisation, "укажите организацию, внедрившую практику");
    require(missing, p, "contactEmail", Practice::contactEmail, "укажите контактный адрес электронной почты");
    require(missing, p, "contactPhone", Practice::contactPhone, "укажите контактный телефон");
    require(missing, p, "problem", Practice::problem, "опишите решаемую проблему");
    require(missing, p, "solution", Practice::solution, "опишите решение");
    require(missing, p, "resources", Practice::resources, "укажите необходимые ресурсы и затраты");
    require(missing, p, "results", Practice::results, "укажите измеримые результаты");
    require(missing, p, "effect", Practice::effect, "опишите достигнутый эффект");
    require(missing, p, "targetAudience", Practice::targetAudience, "укажите целевую аудиторию");
    require(missing, p, "coverage", Practice::coverage, "укажите охват целевой аудитории");
    if (p.authorTeam().isEmpty()) {
      missing.add(new FieldMessage("authorTeam", "укажите хотя бы одного участника авторской команды"));
    }
    if (p.algorithm().size() < MIN_ALGORITHM_STEPS) {
      missing.add(new FieldMessage("algorithm",
          "опишите пошаговый алгоритм внедрения: не меньше " + MIN_ALGORITHM_STEPS + " шагов"));
    }
    if (documentCount == 0) {
      missing.add(new FieldMessage("documents", "приложите документы, подтверждающие внедрение практики"));
    }
    return missing;
  }

  private static void require(List<FieldMessage> missing, Practice p, String field, Function<Practice, String> value,
      String message) {
    String v = value.apply(p);
    if (v == null || v.isBlank()) {
      missing.add(new FieldMessage(field, message));
    }
  }

  private PassportCompleteness() {
  }
}
