package ru.smarteka.workflow.notification;

/** Where a queued mail stands. */
enum NotificationStatus {
  /** Written in the caller's transaction; the delivery process sends it after the commit. */
  QUEUED,
  /** Accepted by the mail server. */
  SENT,
  /** Not sent: the recipient turned this kind of mail off. */
  SKIPPED
}
