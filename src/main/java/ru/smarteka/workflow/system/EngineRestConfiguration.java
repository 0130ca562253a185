package ru.smarteka.workflow.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ApplicationPath;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link EngineRestErrors} (our exception mappers and the NUL filter) and the other modules' {@link
 * EngineRestProvider}s into both JAX-RS applications of the engine REST API:
 * <ul>
 *   <li>{@code /engine-rest}: the REST starter registers a {@link CamundaJerseyResourceConfig} bean unless the
 *   application has one; ours extends it and adds our providers in {@code registerAdditionalResources()}, the
 *   extension point the starter documents (Spring Boot integration › REST API).</li>
 *   <li>{@code /camunda/api/engine} (Tasklist's door, session and CSRF): the webapp starter's
 *   {@code CamundaBpmWebappInitializer} adds the Jersey servlet «Engine Api» with Camunda's {@code
 *   EngineRestApplication} only when the servlet context has no servlet of that name yet. We register that servlet
 *   first (highest precedence) with the same application: the named-engine resource and Camunda's configuration
 *   classes ({@link CamundaRestResources}), plus our providers. Camunda's filters (authentication, CSRF) are mapped to
 *   the path, not to the servlet, and stay as they are.</li>
 * </ul>
 */
@Configuration
class EngineRestConfiguration {

  /** The servlet name the webapp starter gives the webapps' engine API. */
  static final String WEBAPP_ENGINE_API = "Engine Api";

  @Bean
  EngineRestErrors engineRestErrors(ProcessEngine engine, ObjectMapper json) {
    return new EngineRestErrors(engine.getHistoryService(), engine.getTaskService(), engine.getIdentityService(),
        json);
  }

  @Bean
  CamundaJerseyResourceConfig engineRestResourceConfig(EngineRestErrors errors, List<EngineRestProvider> providers) {
    return new EngineRestResourceConfig(errors, providers);
  }

  @Bean
  ServletRegistrationBean<ServletContainer> webappEngineApi(CamundaBpmProperties camunda, EngineRestErrors errors,
      List<EngineRestProvider> providers) {
    ResourceConfig application = new ResourceConfig();
    // what Camunda's EngineRestApplication holds: access to the named engines only, and the configuration classes
    application.register(NamedProcessEngineRestServiceImpl.class);
    application.registerClasses(CamundaRestResources.getConfigurationClasses());
    errors.registerInto(application);
    providers.forEach(application::register);
    ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(
        new ServletContainer(application), camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setName(WEBAPP_ENGINE_API);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** {@code /engine-rest}: Camunda's resources and providers, then ours. */
  @ApplicationPath("/engine-rest")
  static class EngineRestResourceConfig extends CamundaJerseyResourceConfig {

    private final EngineRestErrors errors;
    private final List<EngineRestProvider> providers;

    EngineRestResourceConfig(EngineRestErrors errors, List<EngineRestProvider> providers) {
      this.errors = errors;
      this.providers = providers;
    }

    @Override
    protected void registerAdditionalResources() {
      errors.registerInto(this);
      providers.forEach(this::register);
    }
  }
}
