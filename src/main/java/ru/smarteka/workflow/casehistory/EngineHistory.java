package ru.smarteka.workflow.casehistory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * What the engine's history knows of a case's instances, through the public {@link HistoryService} queries only, a
 * fixed number of queries per instance whatever the number of its tasks: the tasks in one query, the task operations
 * (claims, completions) in one, the decisions with their inputs and outputs in one. The engine's authorizations of the
 * caller apply (the auditors read history; see identity's grants).
 */
@Component
class EngineHistory {

  private final HistoryService history;
  private final RepositoryService repository;
  /** The rules of each deployed decision (a deployed definition never changes). */
  private final Map<String, Map<String, CaseTimeline.Rule>> rulesByDefinition = new ConcurrentHashMap<>();

  EngineHistory(HistoryService history, RepositoryService repository) {
    this.history = history;
    this.repository = repository;
  }

  List<CaseTimeline.Instance> instances(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return history.createHistoricProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(ids)).list()
        .stream().map(EngineHistory::instance).sorted(Comparator.comparing(CaseTimeline.Instance::startedAt,
            Comparator.nullsLast(Comparator.naturalOrder()))).toList();
  }

  /** The mail deliveries of these business keys. */
  List<HistoricProcessInstance> deliveries(Collection<String> businessKeys) {
    if (businessKeys.isEmpty()) {
      return List.of();
    }
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("notification-delivery")
        .processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new)).list();
  }

  static CaseTimeline.Instance instance(HistoricProcessInstance pi) {
    String state = pi.getState();
    return new CaseTimeline.Instance(pi.getId(), pi.getProcessDefinitionKey(),
        pi.getProcessDefinitionName() == null ? pi.getProcessDefinitionKey() : pi.getProcessDefinitionName(),
        pi.getBusinessKey(), instant(pi.getStartTime()), instant(pi.getEndTime()), state, stateLabel(state));
  }

  private static String stateLabel(String state) {
    if (state == null) {
      return "";
    }
    return switch (state) {
      case HistoricProcessInstance.STATE_ACTIVE -> "идёт";
      case HistoricProcessInstance.STATE_SUSPENDED -> "приостановлен";
      case HistoricProcessInstance.STATE_COMPLETED -> "завершён";
      case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED -> "прекращён";
      case HistoricProcessInstance.STATE_INTERNALLY_TERMINATED -> "прекращён процессом";
      default -> state;
    };
  }

  /**
   * The user tasks of the instance with who claimed and who completed each (the engine's user operation log), its due
   * date and whether it was, or is, overdue.
   */
  List<CaseTimeline.TaskRecord> tasks(String processInstanceId, Instant now) {
    List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime().asc().list();
    if (tasks.isEmpty()) {
      return List.of();
    }
    Map<String, UserOperationLogEntry> claims = new HashMap<>();
    Map<String, UserOperationLogEntry> completions = new HashMap<>();
    for (UserOperationLogEntry entry : history.createUserOperationLogQuery().processInstanceId(processInstanceId)
        .entityType(EntityTypes.TASK).orderByTimestamp().asc().list()) {
      if (entry.getTaskId() == null) {
        continue;
      }
      switch (entry.getOperationType()) {
        // the latest claim or assignment is who took the task
        case UserOperationLogEntry.OPERATION_TYPE_CLAIM, UserOperationLogEntry.OPERATION_TYPE_ASSIGN,
            UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> claims.put(entry.getTaskId(), entry);
        case UserOperationLogEntry.OPERATION_TYPE_COMPLETE, UserOperationLogEntry.OPERATION_TYPE_RESOLVE ->
            completions.putIfAbsent(entry.getTaskId(), entry);
        default -> { }
      }
    }
    List<CaseTimeline.TaskRecord> records = new ArrayList<>();
    for (HistoricTaskInstance task : tasks) {
      UserOperationLogEntry claim = claims.get(task.getId());
      UserOperationLogEntry completion = completions.get(task.getId());
      Instant due = instant(task.getDueDate());
      Instant ended = instant(task.getEndTime());
      boolean overdue = due != null && (ended != null ? ended.isAfter(due) : now.isAfter(due));
      String claimedBy = claim == null ? null : claimedBy(claim);
      String completedBy = completion != null ? completion.getUserId()
          : (ended != null && "completed".equals(task.getDeleteReason()) ? task.getAssignee() : null);
      records.add(new CaseTimeline.TaskRecord(task.getId(), task.getTaskDefinitionKey(), task.getName(),
          instant(task.getStartTime()), due, claim == null ? null : instant(claim.getTimestamp()), claimedBy, ended,
          completedBy, task.getAssignee(), outcome(task), overdue, task.getProcessInstanceId()));
    }
    return records;
  }

  /** Who took the task: the new assignee of a claim or an assignment, else whoever made it. */
  private static String claimedBy(UserOperationLogEntry claim) {
    return claim.getNewValue() != null ? claim.getNewValue() : claim.getUserId();
  }

  private static String outcome(HistoricTaskInstance task) {
    if (task.getEndTime() == null) {
      return "открыта";
    }
    String reason = task.getDeleteReason();
    if (reason == null || "completed".equals(reason)) {
      return "выполнена";
    }
    if ("deleted".equals(reason)) {
      return "снята";
    }
    return "снята: " + reason;
  }

  /** The decisions of the instance with their inputs, outputs and the rules that matched (one query). */
  List<CaseTimeline.Decision> decisions(String processInstanceId) {
    List<HistoricDecisionInstance> decisions = history.createHistoricDecisionInstanceQuery()
        .processInstanceId(processInstanceId).includeInputs().includeOutputs().orderByEvaluationTime().asc().list();
    List<CaseTimeline.Decision> result = new ArrayList<>();
    for (HistoricDecisionInstance decision : decisions) {
      Map<String, CaseTimeline.Rule> rules = rules(decision.getDecisionDefinitionId());
      List<CaseTimeline.Value> inputs = decision.getInputs().stream()
          .map(EngineHistory::input).toList();
      List<CaseTimeline.Value> outputs = decision.getOutputs().stream()
          .map(EngineHistory::output).toList();
      Map<String, CaseTimeline.Rule> matched = new LinkedHashMap<>();
      for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
        if (output.getRuleId() != null && !matched.containsKey(output.getRuleId())) {
          CaseTimeline.Rule known = rules.get(output.getRuleId());
          matched.put(output.getRuleId(), new CaseTimeline.Rule(output.getRuleId(), output.getRuleOrder(),
              known == null ? null : known.description(), known == null ? List.of() : known.conditions()));
        }
      }
      result.add(new CaseTimeline.Decision(decision.getId(), decision.getDecisionDefinitionKey(),
          decision.getDecisionDefinitionName(), instant(decision.getEvaluationTime()), decision.getActivityId(),
          inputs, outputs, List.copyOf(matched.values()), decision.getProcessInstanceId()));
    }
    return result;
  }

  private static CaseTimeline.Value input(HistoricDecisionInputInstance input) {
    return new CaseTimeline.Value(label(input.getClauseName(), input.getClauseId()), text(input.getValue(),
        input.getErrorMessage()), null);
  }

  private static CaseTimeline.Value output(HistoricDecisionOutputInstance output) {
    return new CaseTimeline.Value(label(output.getClauseName(), output.getVariableName()), text(output.getValue(),
        output.getErrorMessage()), output.getRuleId());
  }

  private static String label(String name, String fallback) {
    return name == null || name.isBlank() ? fallback : name;
  }

  /** A value as people read it: yes/no for booleans, the text of anything else, never a Java type. */
  static String text(Object value, String error) {
    if (error != null) {
      return "не прочитано: " + error;
    }
    if (value == null) {
      return "—";
    }
    if (value instanceof Boolean b) {
      return b ? "да" : "нет";
    }
    if (value instanceof Date d) {
      return d.toInstant().toString();
    }
    return value.toString();
  }

  /** The rules of a decision by id, with their descriptions and conditions, read once from the deployed table. */
  private Map<String, CaseTimeline.Rule> rules(String decisionDefinitionId) {
    return rulesByDefinition.computeIfAbsent(decisionDefinitionId, id -> {
      DmnModelInstance model = repository.getDmnModelInstance(id);
      Map<String, CaseTimeline.Rule> rules = new HashMap<>();
      for (Rule rule : model.getModelElementsByType(Rule.class)) {
        String description = rule.getDescription() == null ? null : rule.getDescription().getTextContent();
        List<String> conditions = conditions(rule);
        rules.put(rule.getId(), new CaseTimeline.Rule(rule.getId(), null,
            description == null ? null : description.strip(), conditions));
      }
      return rules;
    });
  }

  /** The rule's conditions as written, each with its column's label; columns the rule ignores ({@code -}) left out. */
  private static List<String> conditions(Rule rule) {
    List<Input> columns = rule.getParentElement() instanceof DecisionTable table
        ? List.copyOf(table.getInputs()) : List.of();
    List<InputEntry> entries = List.copyOf(rule.getInputEntries());
    List<String> conditions = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String text = entries.get(i).getText() == null ? null : entries.get(i).getText().getTextContent();
      if (text == null || text.isBlank() || text.strip().equals("-")) {
        continue;
      }
      String label = i < columns.size() && columns.get(i).getLabel() != null ? columns.get(i).getLabel() : null;
      conditions.add(label == null ? text.strip() : label + ": " + text.strip());
    }
    return conditions;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
