package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.Vars;
import ru.smarteka.workflow.practice.EligibilityGround;
import ru.smarteka.workflow.practice.PracticeService;

/**
 * Keeps the conditions that held (the publication-eligibility decision's output, evaluated in the step just before)
 * as the practice's grounds; when none held, the practice is refused with the reason.
 */
@Component("recordEligibility")
class RecordEligibilityDelegate implements JavaDelegate {

  private final PublicationCase cases;
  private final PracticeService practices;

  RecordEligibilityDelegate(PublicationCase cases, PracticeService practices) {
    this.cases = cases;
    this.practices = practices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long practiceId = cases.of(execution).id();
    Long year = Vars.number(execution.getVariable(VAR_RATING_YEAR));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> result = (List<Map<String, Object>>) execution.getVariable(VAR_ELIGIBILITY_RESULT);
    List<EligibilityGround> grounds = result == null ? List.of() : result.stream()
        .map(row -> new EligibilityGround((String) row.get("condition"), (String) row.get("ground"),
            year == null ? 0 : year.intValue()))
        .toList();
    practices.recordEligibility(practiceId, grounds);
    boolean eligible = !grounds.isEmpty();
    execution.setVariable(VAR_ELIGIBLE, eligible);
    if (!eligible) {
      practices.refuseAsNotEligible(practiceId, EngineUsers.SYSTEM,
          year == null
              ? "Регион не соответствует условиям приёма: рейтинговые данные ещё не загружены"
              : "Регион не соответствует ни одному из условий приёма практик (данные рейтингов " + year + " года)");
    }
  }
}
