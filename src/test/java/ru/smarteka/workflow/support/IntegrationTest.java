package ru.smarteka.workflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port (engine, webapps, engine REST, our API) with the demo users, on H2 or on
 * PostgreSQL ({@link TestProfiles}). One context is shared by every class that uses this annotation alone. The
 * database can be cut off for a test ({@link DatabaseSwitch}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@AutoConfigureObservability(tracing = false)
@Import({ProcessEngineCoverageConfiguration.class, CoverageSettings.class, DatabaseSwitch.class})
public @interface IntegrationTest {
}
