package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.Vars;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeStatus;

/** Moves the practice on as the expertise-verdict decision says, with its reason in the status history. */
@Component("applyExpertiseVerdict")
class ApplyExpertiseVerdictDelegate implements JavaDelegate {

  private final PracticeService practices;

  ApplyExpertiseVerdictDelegate(PracticeService practices) {
    this.practices = practices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) execution.getVariable(VAR_VERDICT_RESULT);
    String verdict = (String) result.get("verdict");
    String reason = (String) result.get("verdictReason");
    long practiceId = Vars.number(execution.getVariable(VAR_PRACTICE_ID));
    PracticeStatus status = switch (verdict) {
      case VERDICT_PUBLISH -> PracticeStatus.AT_REGIONAL_CONFIRMATION;
      case VERDICT_RETURN -> PracticeStatus.RETURNED_FOR_REVISION;
      case VERDICT_REJECT -> PracticeStatus.REJECTED;
      default -> throw new IllegalStateException("Unknown expertise verdict " + verdict);
    };
    var practice = practices.changeStatus(practiceId, status, EngineUsers.SYSTEM, reason);
    execution.setVariable(VAR_VERDICT, verdict);
    execution.setVariable(VAR_REVISION_ROUND, practice.revisionRound());
    if (status == PracticeStatus.RETURNED_FOR_REVISION) {
      execution.setVariable(VAR_REVISION_REASON, reason);
    }
  }
}
