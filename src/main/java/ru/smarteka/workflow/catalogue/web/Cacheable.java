package ru.smarteka.workflow.catalogue.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.system.ETags;

/**
 * Answers a read with an entity tag of its content (SHA-256 of its JSON) and a Cache-Control: a client that sends the
 * tag back in {@code If-None-Match} gets {@code 304 Not Modified} without the body (Spring's handling of
 * {@code ResponseEntity} compares them).
 */
@Component
class Cacheable {

  private final ObjectMapper json;

  Cacheable(ObjectMapper json) {
    this.json = json;
  }

  /** For everyone (the public catalogue): shared caches may keep it {@code maxAge}. */
  <T> ResponseEntity<T> publicly(T body, Duration maxAge) {
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(maxAge).cachePublic()).eTag(tagOf(body)).body(body);
  }

  /** For a logged-in user: only the user's own client may keep it {@code maxAge}. */
  <T> ResponseEntity<T> privately(T body, Duration maxAge) {
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(maxAge).cachePrivate()).eTag(tagOf(body)).body(body);
  }

  private String tagOf(Object body) {
    try {
      byte[] content = json.writeValueAsBytes(body);
      return ETags.of(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot compute the entity tag", e);
    }
  }

}
