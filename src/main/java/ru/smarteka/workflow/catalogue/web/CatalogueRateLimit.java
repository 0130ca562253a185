package ru.smarteka.workflow.catalogue.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public catalogue's rate limit: at most {@code requestsPerMinute} requests a minute from one client address
 * (a token bucket per address, Bucket4j, refilled gradually), else {@code 429} problem+json with {@code Retry-After}
 * in seconds. The addresses of the most recent {@code clients} callers are kept (least recently seen forgotten first),
 * so the memory it takes is bounded. Behind a reverse proxy set {@code server.forward-headers-strategy} so that the
 * client's address, not the proxy's, is counted.
 */
class CatalogueRateLimit extends OncePerRequestFilter {

  private final int requestsPerMinute;
  private final ObjectMapper json;
  private final Map<String, Bucket> buckets;

  CatalogueRateLimit(int requestsPerMinute, int clients, ObjectMapper json) {
    this.requestsPerMinute = requestsPerMinute;
    this.json = json;
    this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
        return size() > clients;
      }
    };
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ConsumptionProbe probe = bucketOf(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      response.setHeader("X-Rate-Limit-Remaining", Long.toString(probe.getRemainingTokens()));
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
        "Слишком много запросов к каталогу с вашего адреса: не больше " + requestsPerMinute
            + " в минуту. Повторите через " + seconds + " с.");
    problem.setTitle("Слишком много запросов");
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }

  private Bucket bucketOf(String address) {
    synchronized (buckets) {
      return buckets.computeIfAbsent(address == null ? "" : address, a -> Bucket.builder()
          .addLimit(Bandwidth.builder().capacity(requestsPerMinute)
              .refillGreedy(requestsPerMinute, Duration.ofMinutes(1)).build())
          .build());
    }
  }
}
