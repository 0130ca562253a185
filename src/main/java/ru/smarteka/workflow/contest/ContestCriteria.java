package ru.smarteka.workflow.contest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineAsApplication;

/**
 * The contest's criteria and their weights: the {@code contest-criteria} decision ({@code
 * processes/contest-criteria.dmn}), which officials change in Camunda Modeler, not here. The scoring form asks for a
 * 1–5 score per criterion ({@link #FORM_FIELDS}); the decision weighs each.
 */
@Component
class ContestCriteria {

  /** The criterion codes of the decision and the scoring form's field of each. */
  static final Map<String, String> FORM_FIELDS = new LinkedHashMap<>();

  static {
    FORM_FIELDS.put("results", "scoreResults");
    FORM_FIELDS.put("citizensRequests", "scoreCitizensRequests");
    FORM_FIELDS.put("nationalGoals", "scoreNationalGoals");
    FORM_FIELDS.put("replicability", "scoreReplicability");
    FORM_FIELDS.put("novelty", "scoreNovelty");
  }

  private final DecisionService decisions;
  private final IdentityService identityService;

  ContestCriteria(DecisionService decisions, IdentityService identityService) {
    this.decisions = decisions;
    this.identityService = identityService;
  }

  /** The weight of each criterion, as the latest deployed version of the decision gives it. */
  Map<String, Double> weights() {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String criterion : List.copyOf(FORM_FIELDS.keySet())) {
      Object weight = EngineAsApplication.run(identityService, () -> decisions.evaluateDecisionTableByKey(
          ContestProcess.CRITERIA_DECISION, Variables.createVariables().putValue("criterion", criterion))
          .getSingleResult().getEntry("weight"));
      weights.put(criterion, ((Number) weight).doubleValue());
    }
    return weights;
  }
}
