package ru.smarteka.workflow.replication;

import ru.smarteka.workflow.system.ConflictException;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A region's request to replicate a published practice, and where it stands. */
@Entity
@Table(name = "replication_request")
class ReplicationRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private long version;

  private Long practiceId;
  private String recipientRegion;
  private String responsibleBody;
  private String officialId;
  private String officialName;
  private String officialPosition;
  @Enumerated(EnumType.STRING)
  private PositionLevel positionLevel;
  private String organisation;
  private String contactEmail;
  private String contactPhone;
  private boolean declarationStudied;
  private boolean declarationReady;
  private boolean declarationCooperate;
  @Enumerated(EnumType.STRING)
  private ReplicationStatus status;
  private String moderatorId;
  private String authorityOutcome;
  private String authorityReason;
  private String openKey;
  private Instant createdAt;
  private Instant updatedAt;
  private Instant closedAt;
  /** The instance of practice-replication that runs the request, written when it starts. */
  private String processInstanceId;

  protected ReplicationRequest() {
  }

  ReplicationRequest(RequestData data, String officialId, String officialName, String processInstanceId,
      Instant now) {
    this.processInstanceId = processInstanceId;
    this.practiceId = data.practiceId();
    this.recipientRegion = data.recipientRegion();
    this.responsibleBody = data.responsibleBody().strip();
    this.officialId = officialId;
    this.officialName = officialName;
    this.officialPosition = data.officialPosition().strip();
    this.positionLevel = data.positionLevel();
    this.organisation = data.organisation().strip();
    this.contactEmail = data.contactEmail().strip();
    this.contactPhone = data.contactPhone() == null || data.contactPhone().isBlank() ? null : data.contactPhone().strip();
    this.declarationStudied = data.declarationStudied();
    this.declarationReady = data.declarationReady();
    this.declarationCooperate = data.declarationCooperate();
    this.status = ReplicationStatus.REQUESTED;
    this.openKey = openKey(data.practiceId(), data.recipientRegion());
    this.createdAt = now;
    this.updatedAt = now;
  }

  static String openKey(long practiceId, String region) {
    return practiceId + "-" + region;
  }

  /** Moves the request on by a named transition, only along {@link ReplicationStatus#next()}; else a conflict. */
  void take(ReplicationTransition transition, Instant now) {
    moveTo(transition.target(), now);
  }

  private void moveTo(ReplicationStatus status, Instant now) {
    if (!this.status.canBecome(status)) {
      throw new ConflictException("Заявка на внедрение " + id + " " + this.status.label()
          + ": перевести её в состояние «" + status.label() + "» нельзя");
    }
    this.status = status;
    this.updatedAt = now;
    if (!status.isOpen()) {
      this.openKey = null;
      this.closedAt = now;
    }
  }

  /** What the official gave in the request, and who they are, as the view shows it. */
  ReplicationView.Applicant applicant() {
    return new ReplicationView.Applicant(recipientRegion, responsibleBody, officialId, officialName,
        officialPosition, positionLevel, organisation, contactEmail, contactPhone);
  }

  void recordAuthority(String outcome, String reason) {
    this.authorityOutcome = outcome;
    this.authorityReason = reason;
  }

  void assignModerator(String moderatorId) {
    this.moderatorId = moderatorId;
  }

  Long id() { return id; }
  long version() { return version; }
  Long practiceId() { return practiceId; }
  String recipientRegion() { return recipientRegion; }
  String responsibleBody() { return responsibleBody; }
  String officialId() { return officialId; }
  String officialName() { return officialName; }
  String officialPosition() { return officialPosition; }
  PositionLevel positionLevel() { return positionLevel; }
  String organisation() { return organisation; }
  String contactEmail() { return contactEmail; }
  String contactPhone() { return contactPhone; }
  ReplicationStatus status() { return status; }
  String moderatorId() { return moderatorId; }
  String authorityOutcome() { return authorityOutcome; }
  String authorityReason() { return authorityReason; }
  Instant createdAt() { return createdAt; }
  Instant updatedAt() { return updatedAt; }
  Instant closedAt() { return closedAt; }
  String processInstanceId() { return processInstanceId; }
}
