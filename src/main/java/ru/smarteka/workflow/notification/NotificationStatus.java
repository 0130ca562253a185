package ru.smarteka.workflow.notification;

/**
 * Where a queued mail stands. A mail is handed to the SMTP server only by the delivery attempt that moved it from
 * {@link #QUEUED} to {@link #SENDING} (a committed claim), so it is sent at most once.
 */
enum NotificationStatus {
  /** Written in the caller's transaction; the delivery process sends it after the commit. */
  QUEUED,
  /** Claimed by a delivery attempt that is handing it to the mail server right now. */
  SENDING,
  /** Accepted by the mail server. */
  SENT,
  /**
   * A delivery attempt ended between its claim and its SENT mark (a killed node, a lost connection to the mail server
   * or the database): the mail may or may not have gone. It is never sent again by itself: an administrator checks
   * the mail server's log for its Message-ID and decides (sent again or confirmed as delivered).
   */
  UNCERTAIN,
  /** Not sent: the recipient turned this kind of mail off. */
  SKIPPED
}
