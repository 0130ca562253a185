package ru.smarteka.workflow.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;

/**
 * Published practices for the tests that need one (replication, reports, mails): each goes the whole way through the
 * publication process, as its users take it, because a practice cannot become published any other way.
 */
public final class PublishedPractices {

  private final PracticeService practices;
  private final PracticeDocuments documents;
  private final PublicationService publications;
  private final Workflows flows;
  private final ProcessEngine engine;

  public PublishedPractices(ProcessEngine engine, PracticeService practices, PracticeDocuments documents,
      PublicationService publications) {
    this.engine = engine;
    this.practices = practices;
    this.documents = documents;
    this.publications = publications;
    this.flows = new Workflows(engine);
  }

  /** A healthcare practice of the region, submitted by its demo official and published. */
  public long publish(String region, String title) {
    String official = "official" + region;
    CurrentUser author = flows.user(official);
    long id = practices.create(author, Passports.completeData(region, title)).id();
    documents.upload(author, id, "act.pdf", Passports.PDF);
    flows.as(official, () -> publications.submit(author, id, null));
    ProcessInstance pi = flows.instance("practice-publication", id);
    toCopyEditing(region, pi);
    // the editor keeps the author's text as it was prefilled
    flows.submit("editor", pi, "Task_CopyEditing", Map.of("editorNote", "Без правок"));
    return id;
  }

  /**
   * A submitted practice of the region from the preliminary check to the editor: accepted, the suggested experts
   * assigned, every assessment 5 of 5, confirmed by the region's secretary.
   */
  public void toCopyEditing(String region, ProcessInstance pi) {
    flows.submit("moderator1", pi, "Task_PreliminaryCheck", Map.of("checkDecision", "ACCEPT"));
    // the experts suggested to the moderator (of the category, from other regions, least loaded)
    flows.submit("moderator1", pi, "Task_AssignExperts", Map.of("assignmentDecision", "ASSIGN"));
    List<Task> assessments = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_ExpertAssessment").list();
    for (Task assessment : assessments) {
      Map<String, Object> scores = new HashMap<>();
      for (String field : List.of("scoreNovelty", "scoreRelevance", "scoreEfficiency", "scoreReplicability",
          "scoreSocialSignificance", "scoreCoverage", "scoreMeasurableResults")) {
        scores.put(field, 5L);
      }
      scores.put("assessmentComment", "Практика проработана, результаты подтверждены документами.");
      flows.submit(assessment.getAssignee(), assessment, scores);
    }
    flows.submit("secretary" + region, pi, "Task_RegionalConfirmation", Map.of("confirmationDecision", "CONFIRM"));
  }
}
