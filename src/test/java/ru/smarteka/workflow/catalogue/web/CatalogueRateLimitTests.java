package ru.smarteka.workflow.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The catalogue's rate limit per client address: 429 problem+json with Retry-After past the limit. */
class CatalogueRateLimitTests {

  final ObjectMapper json = new ObjectMapper();

  MockHttpServletResponse call(CatalogueRateLimit limit, String address) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/catalogue");
    request.setRemoteAddr(address);
    MockHttpServletResponse response = new MockHttpServletResponse();
    limit.doFilter(request, response, new MockFilterChain());
    return response;
  }

  @Test
  void aClientOverTheLimitWaitsAndOthersDoNot() throws Exception {
    CatalogueRateLimit limit = new CatalogueRateLimit(3, 100, json);
    for (int i = 0; i < 3; i++) {
      MockHttpServletResponse passed = call(limit, "203.0.113.7");
      assertThat(passed.getStatus()).isEqualTo(200);
      assertThat(passed.getHeader("X-Rate-Limit-Remaining")).isEqualTo(String.valueOf(2 - i));
    }
    MockHttpServletResponse refused = call(limit, "203.0.113.7");
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getContentType()).startsWith("application/problem+json");
    // 3 a minute, refilled gradually: one more request in about 20 s
    assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 20L);
    JsonNode problem = json.readTree(refused.getContentAsString());
    assertThat(problem.get("status").asInt()).isEqualTo(429);
    assertThat(problem.get("detail").asText()).contains("не больше 3 в минуту");
    assertThat(call(limit, "198.51.100.1").getStatus()).isEqualTo(200);
  }

  @Test
  void forgetsTheLeastRecentlySeenAddressesBeyondItsSize() throws Exception {
    CatalogueRateLimit limit = new CatalogueRateLimit(1, 2, json);
    assertThat(call(limit, "192.0.2.1").getStatus()).isEqualTo(200);
    assertThat(call(limit, "192.0.2.1").getStatus()).isEqualTo(429);
    call(limit, "192.0.2.2");
    call(limit, "192.0.2.3");
    // the first address was forgotten: a fresh bucket
    assertThat(call(limit, "192.0.2.1").getStatus()).isEqualTo(200);
  }
}
