package ru.smarteka.workflow.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PassportData;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.support.PublishedPractices;
import ru.smarteka.workflow.support.Workflows;

/**
 * Practices of the catalogue tests at the stage a test needs: a draft, one under review, one published (the whole
 * publication process, as its users take it; a practice becomes published no other way).
 */
final class CataloguePractices {

  private final PracticeService practices;
  private final PracticeDocuments documents;
  private final PublicationService publications;
  private final Workflows flows;
  private final PublishedPractices published;
  private final ProcessEngine engine;
  private final ObjectMapper json = new ObjectMapper();

  CataloguePractices(ProcessEngine engine, PracticeService practices, PracticeDocuments documents,
      PublicationService publications) {
    this.engine = engine;
    this.practices = practices;
    this.documents = documents;
    this.publications = publications;
    this.flows = new Workflows(engine);
    this.published = new PublishedPractices(engine, practices, documents, publications);
  }

  /** A complete passport of the region's demo official, changed by {@code fields}: a draft. */
  long draft(String region, String title, Consumer<ObjectNode> fields) {
    CurrentUser author = flows.user("official" + region);
    long id = practices.create(author, passport(region, title, fields)).id();
    documents.upload(author, id, "act.pdf", Passports.PDF);
    return id;
  }

  /** Submitted: waiting for the moderator's preliminary check. */
  long underReview(String region, String title, Consumer<ObjectNode> fields) {
    long id = draft(region, title, fields);
    String official = "official" + region;
    flows.as(official, () -> publications.submit(flows.user(official), id, null));
    return id;
  }

  /** Published, the editor's edition taking {@code editedProblem} as the problem when it is not null. */
  long published(String region, String title, Consumer<ObjectNode> fields, String editedProblem) {
    long id = underReview(region, title, fields);
    ProcessInstance pi = flows.instance("practice-publication", id);
    published.toCopyEditing(region, pi);
    Map<String, Object> edition = new HashMap<>();
    edition.put("editorNote", editedProblem == null ? "Без правок" : "Уточнено описание проблемы");
    if (editedProblem != null) {
      edition.put("editedProblem", editedProblem);
    }
    flows.submit("editor", pi, "Task_CopyEditing", edition);
    return id;
  }

  private PassportData passport(String region, String title, Consumer<ObjectNode> fields) {
    try {
      ObjectNode passport = (ObjectNode) json.readTree(Passports.complete(region, title));
      fields.accept(passport);
      return json.treeToValue(passport, PassportData.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
