package ru.smarteka.workflow.engine;

import java.util.List;

/**
 * The business keys of the instances the application starts: each says what it is about, so a search by business key
 * finds only what it means — {@code practice-<id>} (publication), {@code replication-<id>} (replication request),
 * {@code mail-<batch>} (a mail delivery), {@code federal-round-<id>} (a federal approval round) and
 * {@code federal-review-<id>} (one practice's review in a round), {@code contest-<id>} (a contest) and
 * {@code contest-entry-<id>} (an application to it); a quarterly report's key is already its own
 * ({@code <region>-<year>-Q<n>}).
 *
 * <p>Instances started before these keys keep their bare number as key: nothing of the application finds a case by
 * its key (every step finds its case by the instance's id, bound in our tables when it started), and what reads a
 * key — a mail delivery's batch — reads both forms ({@link #idOf}); {@link #withLegacy} gives both for a lookup.
 */
public final class BusinessKeys {

  public static final String PRACTICE = "practice-";
  public static final String REPLICATION = "replication-";
  public static final String MAIL = "mail-";
  public static final String FEDERAL_ROUND = "federal-round-";
  public static final String FEDERAL_REVIEW = "federal-review-";
  public static final String CONTEST = "contest-";
  public static final String CONTEST_ENTRY = "contest-entry-";

  public static String practice(long practiceId) {
    return PRACTICE + practiceId;
  }

  public static String replication(long requestId) {
    return REPLICATION + requestId;
  }

  public static String mail(long batchId) {
    return MAIL + batchId;
  }

  public static String federalRound(long roundId) {
    return FEDERAL_ROUND + roundId;
  }

  public static String federalReview(long roundPracticeId) {
    return FEDERAL_REVIEW + roundPracticeId;
  }

  public static String contest(long contestId) {
    return CONTEST + contestId;
  }

  public static String contestEntry(long entryId) {
    return CONTEST_ENTRY + entryId;
  }

  /** The key of the given prefix and the bare number older instances have, in that order. */
  public static List<String> withLegacy(String prefix, long id) {
    return List.of(prefix + id, String.valueOf(id));
  }

  /** The number a key of this prefix names, also in the bare form of older instances; null if it names none. */
  public static Long idOf(String prefix, String businessKey) {
    if (businessKey == null) {
      return null;
    }
    String number = businessKey.startsWith(prefix) ? businessKey.substring(prefix.length()) : businessKey;
    if (number.isEmpty() || number.length() > 18 || !number.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.parseLong(number);
  }

  /** The number of the case as people read it in a mail ({@code practice-12} → {@code 12}); other keys as they are. */
  public static String number(String businessKey) {
    if (businessKey == null) {
      return null;
    }
    for (String prefix : List.of(PRACTICE, REPLICATION, MAIL, FEDERAL_ROUND, FEDERAL_REVIEW, CONTEST_ENTRY, CONTEST)) {
      if (businessKey.startsWith(prefix)) {
        return businessKey.substring(prefix.length());
      }
    }
    return businessKey;
  }

  private BusinessKeys() {
  }
}
