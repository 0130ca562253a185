package ru.smarteka.workflow.notification;

/**
 * A mail whose earlier delivery attempt may have reached the mail server: it is not sent again by itself. The
 * delivery step fails with this message (in Cockpit: the job's exception, then the incident) until an administrator
 * decides ({@code POST /api/admin/notifications/{id}/resend} or {@code …/delivered}).
 */
class DeliveryUncertainException extends RuntimeException {

  DeliveryUncertainException(Notification notification, String messageId) {
    super("Письмо № " + notification.id() + " (Message-ID " + messageId
        + ") не отправляется повторно: " + notification.statusReason() + " Проверьте журнал почтового сервера по"
        + " Message-ID, затем POST /api/admin/notifications/" + notification.id() + "/resend (письмо не дошло)"
        + " или /delivered (дошло).");
  }
}
