package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationForms.*;
import static ru.smarteka.workflow.publication.PublicationProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.FormSnapshot;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeSnapshot;

/**
 * What the publication's forms show of the passport, read when a form is opened: the summary every task shows, the
 * revision round and the moderator's remarks where the form shows them, and for the expert the whole passport the
 * criteria ask about. The practice is the one the instance reviews (our tables' binding), never a variable.
 */
@Component
class PublicationFormSnapshot implements FormSnapshot {

  private final PracticeService practices;
  private final FormDocuments documents;

  PublicationFormSnapshot(PracticeService practices, FormDocuments documents) {
    this.practices = practices;
    this.documents = documents;
  }

  @Override
  public String processDefinitionKey() {
    return KEY;
  }

  @Override
  public Map<String, Object> of(Task task) {
    long practiceId = practices.underReviewBy(task.getProcessInstanceId()).id();
    return of(task.getTaskDefinitionKey(), practices.snapshot(practiceId));
  }

  Map<String, Object> of(String taskKey, PracticeSnapshot p) {
    Map<String, Object> shown = new HashMap<>();
    shown.put(PRACTICE_TITLE, p.title());
    shown.put(PRACTICE_REGION, p.regionName());
    shown.put(PRACTICE_CATEGORY, p.categoryName());
    shown.put(PRACTICE_LEVEL, p.levelName());
    shown.put(PRACTICE_ORGANISATION, p.organisation());
    shown.put(PRACTICE_PROBLEM, p.problem());
    shown.put(PRACTICE_SOLUTION, p.solution());
    shown.put(PRACTICE_RESULTS, p.results());
    // links that download in the Tasklist session (FormDocuments)
    shown.put(PRACTICE_DOCUMENTS, documents.links(p.id()));
    shown.put(PRACTICE_HISTORY, String.join("\n", p.history()));
    switch (taskKey) {
      case TASK_PRELIMINARY_CHECK -> shown.put(REVISION_ROUND, p.revisionRound());
      case TASK_REVISE_PASSPORT -> {
        shown.put(REVISION_ROUND, p.revisionRound());
        String reason = practices.lastReason(p.id());
        if (reason != null) {
          shown.put(REVISION_REASON, reason);
        }
      }
      case TASK_EXPERT_ASSESSMENT -> {
        // the criteria ask about costs, audience, coverage and the algorithm: the expert sees the whole passport
        shown.put(PRACTICE_RESOURCES, p.resources());
        shown.put(PRACTICE_EFFECT, p.effect());
        shown.put(PRACTICE_TARGET_AUDIENCE, p.targetAudience());
        shown.put(PRACTICE_COVERAGE, p.coverage());
        shown.put(PRACTICE_ALGORITHM, numbered(p.algorithm()));
        shown.put(PRACTICE_AUTHOR_TEAM, String.join("\n", p.authorTeam()));
      }
      default -> {
        // the summary only
      }
    }
    return shown;
  }

  /** The steps of the algorithm as «1. …» lines. */
  static String numbered(List<String> steps) {
    return IntStream.range(0, steps.size()).mapToObj(i -> (i + 1) + ". " + steps.get(i))
        .collect(Collectors.joining("\n"));
  }
}
