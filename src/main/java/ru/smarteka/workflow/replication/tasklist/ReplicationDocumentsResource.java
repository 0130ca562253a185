package ru.smarteka.workflow.replication.tasklist;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.replication.ReplicationService;
import ru.smarteka.workflow.system.NotFoundException;

/**
 * {@code GET …/replications/{requestId}/documents/{documentId}}: the document's bytes as an attachment for the user
 * logged into the webapps who may read the request; 401 without a login, 404 (Russian text) for anyone else and for a
 * document the request does not have. There is no other method.
 */
public class ReplicationDocumentsResource extends AbstractTasklistPluginResource {

  private final ReplicationService replications;

  ReplicationDocumentsResource(String engineName, ReplicationService replications) {
    super(engineName);
    this.replications = replications;
  }

  @GET
  @Path("{requestId}/documents/{documentId}")
  public Response download(@PathParam("requestId") String requestId, @PathParam("documentId") String documentId) {
    CurrentUser user = EngineUsers.current(getProcessEngine().getIdentityService());
    if (user == null) {
      return text(Response.Status.UNAUTHORIZED, "Войдите в Tasklist, чтобы скачать документ");
    }
    try {
      ReplicationService.StoredDocument stored = replications.download(user, Long.parseLong(requestId),
          Long.parseLong(documentId));
      var meta = stored.metadata();
      return Response.ok(stored.content(), meta.contentType())
          .header(HttpHeaders.CONTENT_LENGTH, meta.sizeBytes())
          .header(HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment().filename(meta.fileName(), StandardCharsets.UTF_8).build().toString())
          .header("X-Content-Type-Options", "nosniff")
          .build();
    } catch (NumberFormatException | NotFoundException | AccessDeniedException e) {
      return text(Response.Status.NOT_FOUND, "Документ " + documentId + " не найден");
    }
  }

  private static Response text(Response.Status status, String message) {
    return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(message).build();
  }
}
