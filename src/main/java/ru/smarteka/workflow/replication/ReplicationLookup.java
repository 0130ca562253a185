package ru.smarteka.workflow.replication;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.system.ConflictException;
import ru.smarteka.workflow.system.NotFoundException;

/**
 * Finds a replication request: by id, by the process instance that runs it, as a user may read it or act for its
 * recipient region. Nothing is taken from a process variable.
 */
@Component
class ReplicationLookup {

  private final ReplicationRequestRepository requests;
  private final PracticeService practices;

  ReplicationLookup(ReplicationRequestRepository requests, PracticeService practices) {
    this.requests = requests;
    this.practices = practices;
  }

  ReplicationRequest find(long id) {
    return requests.findById(id).orElseThrow(() -> notFound(id));
  }

  /**
   * The request the replication instance runs: the one whose «Хочу внедрить» started it. An instance started any
   * other way runs none, and its steps are refused.
   */
  ReplicationRequest runBy(String processInstanceId) {
    return ranBy(processInstanceId).orElseThrow(() -> new AccessDeniedException(
        "Этот экземпляр процесса не ведёт ни одну заявку на внедрение"));
  }

  /** The request the instance runs, if it runs one. */
  Optional<ReplicationRequest> ranBy(String processInstanceId) {
    return requests.findByProcessInstanceId(processInstanceId);
  }

  /** The request, if the user may read it; else as if there were none. */
  ReplicationRequest readable(CurrentUser user, long id) {
    ReplicationRequest request = find(id);
    if (!ReplicationAccess.canRead(user, request, practices.snapshot(request.practiceId()).regionCode())) {
      throw notFound(id);
    }
    return request;
  }

  /** Checks that the user may act for the recipient region of an open replication. */
  ReplicationRequest openForRecipient(CurrentUser user, long id) {
    ReplicationRequest request = readable(user, id);
    if (!user.officialRegions().contains(request.recipientRegion())) {
      throw new AccessDeniedException("Это может только должностное лицо региона-реципиента");
    }
    if (!request.status().isOpen()) {
      throw new ConflictException("Внедрение уже завершено (статус «" + request.status().label() + "»)");
    }
    return request;
  }

  static NotFoundException notFound(long id) {
    return new NotFoundException("Заявка на внедрение " + id + " не найдена");
  }
}
