package ru.smarteka.workflow.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One mail to one recipient, rendered when queued: the outbox row the delivery process sends, with the other mails of
 * its batch (queued together, {@link #batchId()}: the id of the batch's first row).
 */
@Entity
@Table(name = "notification")
class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private Notifications.Kind kind;

  private String template;

  @Column(name = "recipient_user")
  private String recipientUser;

  @Column(name = "recipient_email")
  private String recipientEmail;

  @Column(name = "task_id")
  private String taskId;

  private String subject;

  private String body;

  private String link;

  @Enumerated(EnumType.STRING)
  private NotificationStatus status;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  /** The batch it is sent with: the id of the first row queued with it (its own id for the first). */
  @Column(name = "batch_id")
  private Long batchId;

  /** When the delivery attempt that claimed it (QUEUED → SENDING) started. */
  @Column(name = "claimed_at")
  private Instant claimedAt;

  /** Why it is {@link NotificationStatus#UNCERTAIN}, and what an administrator decided about it. */
  @Column(name = "status_reason")
  private String statusReason;

  protected Notification() {
  }

  Notification(Notifications.Kind kind, String template, String recipientUser, String recipientEmail, String taskId,
      MailTemplates.Mail mail, String link, NotificationStatus status, Instant createdAt) {
    this.kind = kind;
    this.template = template;
    this.recipientUser = recipientUser;
    this.recipientEmail = recipientEmail;
    this.taskId = taskId;
    this.subject = mail.subject();
    this.body = mail.body();
    this.link = link;
    this.status = status;
    this.createdAt = createdAt;
  }

  /** Sent with the batch whose first row is {@code batchId}. */
  void joinBatch(long batchId) {
    this.batchId = batchId;
  }

  /** An administrator's decision about an {@link NotificationStatus#UNCERTAIN} mail: send it (again). */
  void requeue(String note) {
    this.status = NotificationStatus.QUEUED;
    this.claimedAt = null;
    this.statusReason = withNote(note);
  }

  /** An administrator's decision about an {@link NotificationStatus#UNCERTAIN} mail: it did arrive. */
  void confirmSent(String note) {
    this.status = NotificationStatus.SENT;
    this.sentAt = claimedAt;
    this.statusReason = withNote(note);
  }

  private String withNote(String note) {
    String text = statusReason == null ? note : note + " Ранее: " + statusReason;
    return text.length() <= 1000 ? text : text.substring(0, 1000);
  }

  Long id() {
    return id;
  }

  Long batchId() {
    return batchId;
  }

  Notifications.Kind kind() {
    return kind;
  }

  String template() {
    return template;
  }

  String recipientUser() {
    return recipientUser;
  }

  String recipientEmail() {
    return recipientEmail;
  }

  String taskId() {
    return taskId;
  }

  String subject() {
    return subject;
  }

  String body() {
    return body;
  }

  String link() {
    return link;
  }

  NotificationStatus status() {
    return status;
  }

  Instant sentAt() {
    return sentAt;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant claimedAt() {
    return claimedAt;
  }

  String statusReason() {
    return statusReason;
  }
}
