package ru.smarteka.workflow.system;

import java.util.Optional;

/**
 * Entity tags of our API, in one format: {@code "3"} for version 3 of a versioned resource, {@code "<sha-256>"} for
 * a document's content.
 */
public final class ETags {

  /** {@code If-Match: *}: any current version. */
  public static final long ANY = -1;

  /** The strong entity tag of a version or a content hash. */
  public static String of(Object versionOrHash) {
    return "\"" + versionOrHash + "\"";
  }

  /** The version in an {@code If-Match} header, {@link #ANY} for {@code *}, empty when absent or unreadable. */
  public static Optional<Long> parse(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return Optional.empty();
    }
    String tag = ifMatch.strip();
    if (tag.equals("*")) {
      return Optional.of(ANY);
    }
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Optional.of(Long.parseLong(tag));
    } catch (NumberFormatException e) {
      // a tag we never issued cannot match the current version
      return Optional.of(Long.MIN_VALUE);
    }
  }

  private ETags() {
  }
}
