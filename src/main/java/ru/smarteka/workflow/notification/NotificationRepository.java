package ru.smarteka.workflow.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

  boolean existsByTaskIdAndKindAndRecipientUser(String taskId, Notifications.Kind kind, String recipientUser);

  List<Notification> findByTaskIdOrderById(String taskId);

  /** Who has had a mail of this kind about this task already. */
  @Query("select n.recipientUser from Notification n where n.taskId = :taskId and n.kind = :kind")
  List<String> recipientsOf(@Param("taskId") String taskId, @Param("kind") Notifications.Kind kind);

  /** The mails of a batch, in the order they were queued. */
  @Query("select n.id from Notification n where n.batchId = :batchId order by n.id")
  List<Long> idsOfBatch(@Param("batchId") long batchId);

  List<Notification> findByRecipientUserOrderById(String recipientUser);

  List<Notification> findByStatusOrderById(NotificationStatus status);

  /** QUEUED → SENDING: 1 when this attempt now owns the mail, 0 when it is no longer queued. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Notification n set n.status = ru.smarteka.workflow.notification.NotificationStatus.SENDING,"
      + " n.claimedAt = :at where n.id = :id and n.status = ru.smarteka.workflow.notification.NotificationStatus.QUEUED")
  int claim(@Param("id") long id, @Param("at") Instant at);

  /** SENDING → QUEUED: the mail server refused the mail, nothing went out; the next attempt may send it. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Notification n set n.status = ru.smarteka.workflow.notification.NotificationStatus.QUEUED,"
      + " n.claimedAt = null where n.id = :id"
      + " and n.status = ru.smarteka.workflow.notification.NotificationStatus.SENDING")
  int release(@Param("id") long id);

  /** SENDING or UNCERTAIN → SENT: the mail server accepted it (what was uncertain is certain now). */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Notification n set n.status = ru.smarteka.workflow.notification.NotificationStatus.SENT,"
      + " n.sentAt = :at where n.id = :id"
      + " and n.status in (ru.smarteka.workflow.notification.NotificationStatus.SENDING,"
      + " ru.smarteka.workflow.notification.NotificationStatus.UNCERTAIN)")
  int markSent(@Param("id") long id, @Param("at") Instant at);

  /** SENDING → UNCERTAIN, with the reason: the mail may have gone, it is not sent again by itself. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Notification n set n.status = ru.smarteka.workflow.notification.NotificationStatus.UNCERTAIN,"
      + " n.statusReason = :reason where n.id = :id"
      + " and n.status = ru.smarteka.workflow.notification.NotificationStatus.SENDING")
  int markUncertain(@Param("id") long id, @Param("reason") String reason);
}
