package ru.smarteka.workflow.publication;

import java.util.Date;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Due dates of tasks from the {@code task-deadlines} decision (per task, overridable per region). */
@Component
class Deadlines {

  private final DecisionService decisions;
  private final DatatypeFactory durations;

  Deadlines(DecisionService decisions) throws DatatypeConfigurationException {
    this.decisions = decisions;
    this.durations = DatatypeFactory.newInstance();
  }

  /** The ISO-8601 duration a task of this kind has in this region, e.g. {@code P14D}. */
  String dueIn(String taskKey, String regionCode) {
    DmnDecisionResult result = decisions.evaluateDecisionByKey(PublicationProcess.DECISION_DEADLINES)
        .variables(Variables.createVariables().putValue("taskKey", taskKey).putValue("regionCode", regionCode))
        .evaluate();
    return result.getSingleResult().getSingleEntry();
  }

  Date dueDate(String taskKey, String regionCode, Date from) {
    Date due = new Date(from.getTime());
    durations.newDuration(dueIn(taskKey, regionCode)).addTo(due);
    return due;
  }
}
