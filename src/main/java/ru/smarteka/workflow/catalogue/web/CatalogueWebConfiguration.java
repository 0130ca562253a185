package ru.smarteka.workflow.catalogue.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rate limit of the public catalogue, before Spring Security, on the catalogue's paths only. */
@Configuration
class CatalogueWebConfiguration {

  @Bean
  FilterRegistrationBean<CatalogueRateLimit> catalogueRateLimit(ObjectMapper json,
      @Value("${smarteka.catalogue.rate-limit.requests-per-minute:120}") int requestsPerMinute,
      @Value("${smarteka.catalogue.rate-limit.clients:10000}") int clients) {
    FilterRegistrationBean<CatalogueRateLimit> registration =
        new FilterRegistrationBean<>(new CatalogueRateLimit(requestsPerMinute, clients, json));
    // "/api/catalogue/*" also matches "/api/catalogue" itself (Servlet path mapping)
    registration.addUrlPatterns("/api/catalogue/*");
    registration.setName("catalogue-rate-limit");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
    return registration;
  }
}
