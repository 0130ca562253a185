package ru.smarteka.workflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The guard of the engine's REST doors, after the engine REST API's authentication filter. */
@Configuration
class EngineRestGuardConfiguration {

  /** Order of Camunda's engine REST authentication filter (system's SecurityConfiguration) + 10. */
  static final int GUARD_ORDER = Ordered.HIGHEST_PRECEDENCE + 30;

  @Bean
  FilterRegistrationBean<EngineRestGuard> engineRestGuard(IdentityService identityService, ObjectMapper json) {
    FilterRegistrationBean<EngineRestGuard> registration =
        new FilterRegistrationBean<>(new EngineRestGuard(identityService, json));
    registration.setName("engine-rest-guard");
    registration.addUrlPatterns("/engine-rest/*", EngineRestGuard.WEBAPP_ENGINE_API + "*");
    registration.setOrder(GUARD_ORDER);
    return registration;
  }
}
