package ru.smarteka.workflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * One decision table of {@code processes/} on a standalone DMN engine (no process engine, no Spring): evaluates it and
 * records which rules matched, so a test class can assert the rule ids of each example and, at the end, that every
 * rule of the table was matched by some test.
 */
public final class DecisionTableUnderTest {

  /** A decision table evaluation: the result rows and the ids of the rules that matched, in table order. */
  public record Evaluation(DmnDecisionTableResult result, List<String> matchedRuleIds) {

    public List<Map<String, Object>> rows() {
      return result.getResultList();
    }

    public <T> List<T> column(String outputName) {
      return result.collectEntries(outputName);
    }
  }

  private final DmnEngine engine;
  private final DmnDecision decision;
  private final List<String> ruleIds;
  private final Set<String> matchedRuleIds = new TreeSet<>();
  private List<String> lastMatch = List.of();

  private DecisionTableUnderTest(String file, String decisionKey) {
    Path path = Path.of("processes", file);   // the file process owners edit, not a copy on the classpath
    DmnDecisionTableEvaluationListener recorder = this::record;
    this.engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(recorder))
        .buildEngine();
    DmnModelInstance model = read(path);
    this.decision = engine.parseDecision(decisionKey, model);
    this.ruleIds = model.getModelElementsByType(Rule.class).stream().map(Rule::getId).toList();
  }

  public static DecisionTableUnderTest load(String file, String decisionKey) {
    return new DecisionTableUnderTest(file, decisionKey);
  }

  public DmnDecision decision() {
    return decision;
  }

  public Evaluation evaluate(VariableMap variables) {
    DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, variables);
    return new Evaluation(result, lastMatch);
  }

  /** Every rule id in the table, in table order. */
  public List<String> ruleIds() {
    return ruleIds;
  }

  /** The rules matched by any evaluation so far. */
  public Set<String> matchedRuleIds() {
    return Set.copyOf(matchedRuleIds);
  }

  private void record(DmnDecisionTableEvaluationEvent event) {
    List<String> ids = new ArrayList<>();
    for (DmnEvaluatedDecisionRule rule : event.getMatchingRules()) {
      ids.add(rule.getId());
    }
    lastMatch = List.copyOf(ids);
    matchedRuleIds.addAll(ids);
  }

  private static DmnModelInstance read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return Dmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
