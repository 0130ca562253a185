package ru.smarteka.workflow.notification;

/**
 * IDs of {@code processes/notification-delivery.bpmn}: one instance per batch of queued mails, business key = the
 * batch's number (the id of its first mail).
 */
public final class NotificationDelivery {

  public static final String KEY = "notification-delivery";

  public static final String START_QUEUED = "Event_NotificationQueued";
  public static final String TASK_SEND_MAIL = "Task_SendMail";
  public static final String END_SENT = "Event_NotificationSent";

  private NotificationDelivery() {
  }
}
