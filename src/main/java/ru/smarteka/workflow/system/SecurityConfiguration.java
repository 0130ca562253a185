package ru.smarteka.workflow.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import ru.smarteka.workflow.identity.EngineAuthenticationFilter;
import ru.smarteka.workflow.identity.Groups;

/**
 * Who may call what.
 * <ul>
 *   <li>Our API ({@code /api/**}), its OpenAPI description and the actuator (except health probes): HTTP Basic against
 *   Camunda identity, stateless; {@code /api/admin/**} only for {@code camunda-admin}. The one exception: reading
 *   the public catalogue ({@code GET /api/catalogue/**}) needs no login.</li>
 *   <li>The engine REST API ({@code /engine-rest/*}): Camunda's own {@link ProcessEngineAuthenticationFilter} with HTTP
 *   Basic, so the engine's authorization checks apply to the caller.</li>
 *   <li>The webapps ({@code /camunda/**}): their own login page, session and CSRF protection.</li>
 * </ul>
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

  static final String ENGINE_REST = "/engine-rest/*";

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, ObjectMapper json,
      AuthenticationProvider camundaIdentity) throws Exception {
    AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Smarteka\", charset=\"UTF-8\"");
      write(json, response, HttpStatus.UNAUTHORIZED, "Нужна аутентификация",
          "Войдите: HTTP Basic с логином и паролем пользователя Smarteka");
    };
    AccessDeniedHandler forbidden = (request, response, ex) ->
        write(json, response, HttpStatus.FORBIDDEN, "Доступ запрещён", "Вашей роли это действие недоступно");
    http
        .securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**")
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            // the public catalogue of published practices: read without a login, as on the real site
            .requestMatchers(HttpMethod.GET, "/api/catalogue", "/api/catalogue/**").permitAll()
            .requestMatchers("/api/admin/**").hasAuthority(Groups.ADMINS)
            .anyRequest().authenticated())
        .authenticationProvider(camundaIdentity)
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // stateless API authenticated per request (no cookie), so there is no session to ride on
        .csrf(csrf -> csrf.disable())
        .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
    return http.build();
  }

  /**
   * Everything else is the Camunda webapps (their own login, session and CSRF filter) and the engine REST API (the
   * engine's authentication filter below). Spring Security only adds its security headers here.
   */
  @Bean
  @Order(2)
  SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
    http
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .requestCache(cache -> cache.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER));
    return http.build();
  }

  /** Logins are Camunda identity's users; as a bean it also keeps Boot from inventing a default user. */
  @Bean
  AuthenticationProvider camundaIdentity(IdentityService identityService) {
    return new CamundaIdentityAuthenticationProvider(identityService);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider");
    registration.addUrlPatterns(ENGINE_REST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String title,
      String detail) throws java.io.IOException {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setTitle(title);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), body);
  }
}
