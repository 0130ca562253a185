package ru.smarteka.workflow.analytics.cockpit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.analytics.AnalyticsService;

/**
 * Hands the application's {@link AnalyticsService} and JSON mapper to the Cockpit plugin's resources, which Cockpit's
 * JAX-RS container creates itself (outside Spring) per request: set once when the application context starts.
 */
@Component
class CockpitAnalytics {

  private static volatile AnalyticsService service;
  private static volatile ObjectMapper mapper;

  CockpitAnalytics(AnalyticsService analytics, ObjectMapper json) {
    service = analytics;
    mapper = json;
  }

  static AnalyticsService service() {
    AnalyticsService s = service;
    if (s == null) {
      throw new IllegalStateException("Аналитика ещё не запущена");
    }
    return s;
  }

  static String json(Object body) {
    try {
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Ответ не записан в JSON", e);
    }
  }
}
