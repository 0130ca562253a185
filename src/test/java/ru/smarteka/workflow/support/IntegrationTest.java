package ru.smarteka.workflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port (engine, webapps, engine REST, our API) with the demo users, on H2 or on
 * PostgreSQL ({@link TestProfiles}). Every class that uses it shares one application context: no class adds an
 * {@code @Import}, a {@code @MockitoBean}, a {@code @TestPropertySource} or a {@code @DirtiesContext} of its own
 * (each would start another application and engine, with another connection pool); what they need is in
 * {@link SharedTestConfiguration}. The clock can be moved ({@link MutableClock}), the database cut off for a test
 * ({@link DatabaseSwitch}); process coverage is recorded per class and checked over the whole suite at verify.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.SAME_THREAD)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@AutoConfigureObservability(tracing = false)
@Import({ProcessEngineCoverageConfiguration.class, SharedTestConfiguration.class})
public @interface IntegrationTest {
}
