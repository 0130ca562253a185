package ru.smarteka.workflow.practice.web;

import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Entity tags of versioned resources: {@code "3"} for version 3. */
final class ETags {

  /** {@code If-Match: *}: any current version. */
  static final long ANY = -1;

  static final int MAX_PAGE_SIZE = 200;

  static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The version in an {@code If-Match} header, {@link #ANY} for {@code *}, empty when absent or unreadable. */
  static Optional<Long> parse(String ifMatch) {
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

  static Pageable limit(Pageable pageable) {
    return pageable.getPageSize() <= MAX_PAGE_SIZE ? pageable
        : PageRequest.of(pageable.getPageNumber(), MAX_PAGE_SIZE, pageable.getSort());
  }

  private ETags() {
  }
}
