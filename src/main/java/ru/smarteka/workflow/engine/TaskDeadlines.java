package ru.smarteka.workflow.engine;

import java.util.Date;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Due dates of the tasks of every process, from the {@code task-deadlines} decision (per task, overridable per region). */
@Component
public class TaskDeadlines {

  /** The decision that gives every user task its due date. */
  public static final String DECISION = "task-deadlines";

  private final DecisionService decisions;
  private final DatatypeFactory durations;

  TaskDeadlines(DecisionService decisions) throws DatatypeConfigurationException {
    this.decisions = decisions;
    this.durations = DatatypeFactory.newInstance();
  }

  /** The ISO-8601 duration a task of this kind has in this region, e.g. {@code P14D}. */
  public String dueIn(String taskKey, String regionCode) {
    DmnDecisionResult result = decisions.evaluateDecisionByKey(DECISION)
        .variables(Variables.createVariables().putValue("taskKey", taskKey).putValue("regionCode", regionCode))
        .evaluate();
    return result.getSingleResult().getSingleEntry();
  }

  public Date dueDate(String taskKey, String regionCode, Date from) {
    Date due = new Date(from.getTime());
    durations.newDuration(dueIn(taskKey, regionCode)).addTo(due);
    return due;
  }
}
