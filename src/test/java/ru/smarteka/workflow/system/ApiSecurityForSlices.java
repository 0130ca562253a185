package ru.smarteka.workflow.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Our API's own security for web slices ({@code @WebMvcTest}): the real filter chains, 401 and 403 as
 * problem+json, {@code /api/admin/**} for {@code camunda-admin} only. The slice mocks Camunda's
 * {@code IdentityService}; the caller is the test's {@code @WithMockUser}, whose authorities are its groups.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class ApiSecurityForSlices {
}
