package ru.smarteka.workflow.publication.tasklist;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.springframework.http.ContentDisposition;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.DocumentView;
import ru.smarteka.workflow.practice.PracticeDocuments.StoredDocument;
import ru.smarteka.workflow.publication.FormDocuments;
import ru.smarteka.workflow.system.NotFoundException;

/**
 * {@code GET …/practices/{practiceId}/documents/{documentId}}: the document's bytes as an attachment, for the user
 * logged into the webapps (the engine's current authentication) who may read the practice or holds a task of its
 * review; 401 without a login, 404 (Russian text) for anyone else and for a document the practice does not have.
 * There is no other method: nothing can be written here.
 */
public class DocumentsResource extends AbstractTasklistPluginResource {

  private final FormDocuments documents;

  DocumentsResource(String engineName, FormDocuments documents) {
    super(engineName);
    this.documents = documents;
  }

  @GET
  @Path("{practiceId}/documents/{documentId}")
  public Response download(@PathParam("practiceId") String practiceId, @PathParam("documentId") String documentId) {
    CurrentUser user = EngineUsers.current(getProcessEngine().getIdentityService());
    if (user == null) {
      return text(Response.Status.UNAUTHORIZED, "Войдите в Tasklist, чтобы скачать документ");
    }
    long practice;
    long document;
    try {
      practice = Long.parseLong(practiceId);
      document = Long.parseLong(documentId);
    } catch (NumberFormatException e) {
      return text(Response.Status.NOT_FOUND, "Документ не найден");
    }
    try {
      StoredDocument stored = documents.download(user, practice, document);
      DocumentView meta = stored.metadata();
      return Response.ok(stored.content(), meta.contentType())
          .header(HttpHeaders.CONTENT_LENGTH, meta.sizeBytes())
          .header(HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment().filename(meta.fileName(), StandardCharsets.UTF_8).build().toString())
          .header("X-Content-Type-Options", "nosniff")
          .build();
    } catch (NotFoundException e) {
      return text(Response.Status.NOT_FOUND, e.getMessage());
    }
  }

  private static Response text(Response.Status status, String message) {
    return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(message).build();
  }
}
