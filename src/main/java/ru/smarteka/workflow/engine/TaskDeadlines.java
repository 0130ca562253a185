package ru.smarteka.workflow.engine;

import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Due dates of the tasks of every process, from the {@code task-deadlines} decision (per task, overridable per region).
 *
 * <p>The decision's table is a function of its two inputs and nothing else (no dates, no variables of the case), so
 * its answer for a task key and a region is the same as long as its version is: each answer is kept for the deployed
 * version it came from, and a new version (a redeploy, officials changing a due date in the table) is looked up with
 * every call, so it takes effect at once. A cached answer costs one query for the latest version instead of an
 * evaluation of the table (and its history entries); the task's due date is where the answer is recorded.
 */
@Component
public class TaskDeadlines {

  /** The decision that gives every user task its due date. */
  public static final String DECISION = "task-deadlines";

  private final DecisionService decisions;
  private final RepositoryService repository;
  private final IdentityService identityService;
  private final DatatypeFactory durations;
  /** The answers of the latest version seen: its definition id and the answers by task key and region. */
  private volatile Answers answers = new Answers("", new ConcurrentHashMap<>());

  private record Answers(String definitionId, Map<String, String> byInput) {
  }

  TaskDeadlines(DecisionService decisions, RepositoryService repository, IdentityService identityService)
      throws DatatypeConfigurationException {
    this.decisions = decisions;
    this.repository = repository;
    this.identityService = identityService;
    this.durations = DatatypeFactory.newInstance();
  }

  /** The ISO-8601 duration a task of this kind has in this region, e.g. {@code P14D}. */
  public String dueIn(String taskKey, String regionCode) {
    String definitionId = latestDefinitionId();
    Answers current = answers;
    if (!current.definitionId().equals(definitionId)) {
      current = new Answers(definitionId, new ConcurrentHashMap<>());
      answers = current;
    }
    String input = taskKey + '\u0000' + regionCode;
    String cached = current.byInput().get(input);
    if (cached != null) {
      return cached;
    }
    DmnDecisionResult result = decisions.evaluateDecisionById(definitionId)
        .variables(Variables.createVariables().putValue("taskKey", taskKey).putValue("regionCode", regionCode))
        .evaluate();
    String dueIn = result.getSingleResult().getSingleEntry();
    current.byInput().put(input, dueIn);
    return dueIn;
  }

  public Date dueDate(String taskKey, String regionCode, Date from) {
    Date due = new Date(from.getTime());
    durations.newDuration(dueIn(taskKey, regionCode)).addTo(due);
    return due;
  }

  /** The id of the decision's latest deployed version, whoever is asking (the decision is no user's secret). */
  private String latestDefinitionId() {
    DecisionDefinition latest = EngineAsApplication.run(identityService, () -> repository
        .createDecisionDefinitionQuery().decisionDefinitionKey(DECISION).latestVersion().withoutTenantId()
        .singleResult());
    if (latest == null) {
      throw new IllegalStateException("The decision " + DECISION + " is not deployed");
    }
    return latest.getId();
  }
}
