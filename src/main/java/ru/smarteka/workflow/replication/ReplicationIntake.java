package ru.smarteka.workflow.replication;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeSnapshot;
import ru.smarteka.workflow.practice.PracticeStatus;
import ru.smarteka.workflow.system.ConflictException;
import ru.smarteka.workflow.system.UnprocessableException;

/**
 * «Хочу внедрить»: the request starts the replication process, whose first step checks and records it; then the
 * facts the recipient-authority decision reads and its conclusion.
 */
@Component
@Transactional
class ReplicationIntake {

  private final ReplicationRequestRepository requests;
  private final PracticeService practices;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final ReplicationHistory history;

  ReplicationIntake(ReplicationRequestRepository requests, PracticeService practices,
      IdentityService identityService, RuntimeService runtimeService, ReplicationHistory history) {
    this.requests = requests;
    this.practices = practices;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.history = history;
  }

  /**
   * Starts the replication process with the request's fields, as the Tasklist start form does; the id of the
   * request its first step recorded.
   */
  long request(RequestData data) {
    var instance = runtimeService.createProcessInstanceByKey(ReplicationProcess.KEY).setVariables(data.variables())
        .execute();
    return BusinessKeys.idOf(BusinessKeys.REPLICATION, instance.getBusinessKey());
  }

  /**
   * Records «Хочу внедрить» after every check: the user is an official of the recipient region, the practice is
   * published and from another region, and the region has no open request for it.
   */
  ReplicationRequest create(CurrentUser user, RequestData data, String processInstanceId) {
    if (!user.officialRegions().contains(data.recipientRegion())) {
      throw new AccessDeniedException("Заявку на внедрение подаёт должностное лицо региона " + data.recipientRegion());
    }
    PracticeSnapshot practice = practices.snapshot(data.practiceId());
    if (practice.status() != PracticeStatus.PUBLISHED) {
      throw new UnprocessableException("Внедрить можно только опубликованную практику; практика "
          + data.practiceId() + " не опубликована");
    }
    if (practice.regionCode().equals(data.recipientRegion())) {
      throw new UnprocessableException("Регион-автор не может тиражировать собственную практику");
    }
    if (requests.existsByOpenKey(ReplicationRequest.openKey(data.practiceId(), data.recipientRegion()))) {
      throw new ConflictException("У региона " + data.recipientRegion() + " уже есть открытая заявка на практику "
          + data.practiceId());
    }
    User official = identityService.createUserQuery().userId(user.id()).singleResult();
    String name = official == null ? null : (official.getLastName() + " " + official.getFirstName()).strip();
    ReplicationRequest request = requests.saveAndFlush(new ReplicationRequest(data, user.id(), name,
        processInstanceId, history.now()));
    history.record(request, "REQUESTED", user.id(), null);
    return request;
  }

  /** Whether the official's profile is complete: name and e-mail in the identity, a phone in the request. */
  @Transactional(readOnly = true)
  boolean profileComplete(ReplicationRequest request) {
    User official = identityService.createUserQuery().userId(request.officialId()).singleResult();
    return official != null && notBlank(official.getFirstName()) && notBlank(official.getLastName())
        && notBlank(request.contactEmail()) && notBlank(request.contactPhone());
  }

  /** The recipient-authority decision's conclusion, kept for the moderator. */
  void recordAuthority(ReplicationRequest request, String outcome, String reason) {
    request.recordAuthority(outcome, reason);
    requests.save(request);
    history.record(request, "AUTHORITY_" + outcome, "system", reason);
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
