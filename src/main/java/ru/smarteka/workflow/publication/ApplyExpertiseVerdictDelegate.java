package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.practice.PracticeService;

/**
 * Moves the practice on as the expertise-verdict decision (evaluated in the step just before) says, with its reason
 * in the status history; the verdict is written for the gateway that follows.
 */
@Component("applyExpertiseVerdict")
class ApplyExpertiseVerdictDelegate implements JavaDelegate {

  private final PublicationCase cases;
  private final PracticeService practices;

  ApplyExpertiseVerdictDelegate(PublicationCase cases, PracticeService practices) {
    this.cases = cases;
    this.practices = practices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) execution.getVariable(VAR_VERDICT_RESULT);
    String verdict = (String) result.get("verdict");
    String reason = (String) result.get("verdictReason");
    long practiceId = cases.of(execution).id();
    switch (verdict) {
      case VERDICT_PUBLISH -> practices.sendForRegionalConfirmation(practiceId, EngineUsers.SYSTEM, reason);
      case VERDICT_RETURN -> practices.returnForRevision(practiceId, EngineUsers.SYSTEM, reason);
      case VERDICT_REJECT -> practices.rejectAfterExpertise(practiceId, EngineUsers.SYSTEM, reason);
      default -> throw new IllegalStateException("Unknown expertise verdict " + verdict);
    }
    execution.setVariable(VAR_VERDICT, verdict);
  }
}
