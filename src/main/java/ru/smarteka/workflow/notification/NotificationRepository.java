package ru.smarteka.workflow.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

  boolean existsByTaskIdAndKindAndRecipientUser(String taskId, Notifications.Kind kind, String recipientUser);

  List<Notification> findByTaskIdOrderById(String taskId);

  List<Notification> findByRecipientUserOrderById(String recipientUser);
}
