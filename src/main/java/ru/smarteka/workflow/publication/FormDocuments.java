package ru.smarteka.workflow.publication;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.DocumentView;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeDocuments.StoredDocument;
import ru.smarteka.workflow.system.NotFoundException;

/**
 * The practice's documents in the review's forms: links (markdown for a form-js {@code text} component) to the
 * Tasklist plugin {@code smarteka-documents}, which serves them in the user's webapp session; and who may download
 * them there: whoever may read the practice (ASI staff, the region's people; anyone once it is published) and whoever
 * holds or may claim an open task of its review (the experts assessing it, who are from other regions).
 */
@Service
public class FormDocuments {

  /** The Tasklist plugin's id: its resources answer under {@code /camunda/api/tasklist/plugin/<id>/<engine>/…}. */
  public static final String PLUGIN = "smarteka-documents";

  private final PracticeDocuments documents;
  private final TaskService tasks;
  private final String base;

  FormDocuments(PracticeDocuments documents, ProcessEngine engine,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    this.documents = documents;
    this.tasks = engine.getTaskService();
    this.base = webapps + "/api/tasklist/plugin/" + PLUGIN + "/" + engine.getName();
  }

  /** «- [name.pdf (12 КБ)](link)» per document, oldest first; a sentence when there is none. */
  public String links(long practiceId) {
    List<DocumentView> list = documents.of(practiceId);
    if (list.isEmpty()) {
      return "Документы не приложены";
    }
    return list.stream()
        .map(d -> "- [" + markdownText(d.fileName() + " (" + size(d.sizeBytes()) + ")") + "](" + link(practiceId, d.id())
            + ")")
        .collect(Collectors.joining("\n"));
  }

  /** Where the document downloads in the webapp session. */
  public String link(long practiceId, long documentId) {
    return base + "/practices/" + practiceId + "/documents/" + documentId;
  }

  /** The document, if the user may read the practice or has an open task of its review; else 404 (not 403). */
  public StoredDocument download(CurrentUser user, long practiceId, long documentId) {
    if (!documents.readableBy(user, practiceId) && !holdsTask(user, practiceId)) {
      throw new NotFoundException("Документ " + documentId + " не найден");
    }
    return documents.forReviewer(practiceId, documentId);
  }

  /** One query: an open task of the practice's publication assigned to the user or offered to them or their groups. */
  private boolean holdsTask(CurrentUser user, long practiceId) {
    var query = tasks.createTaskQuery()
        .processInstanceBusinessKey(BusinessKeys.practice(practiceId))
        .or()
        .taskAssignee(user.id())
        .taskCandidateUser(user.id());
    if (!user.groups().isEmpty()) {
      query = query.taskCandidateGroupIn(List.copyOf(user.groups()));
    }
    return query.endOr().count() > 0;
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " Б";
    }
    if (bytes < 1024 * 1024) {
      return (bytes + 1023) / 1024 + " КБ";
    }
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replace('.', ',') + " МБ";
  }

  /** The text of a markdown link: what markdown would read as syntax is escaped. */
  static String markdownText(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\`*_[]()<>".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return out.toString();
  }
}
