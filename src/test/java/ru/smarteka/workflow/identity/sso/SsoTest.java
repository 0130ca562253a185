package ru.smarteka.workflow.identity.sso;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application under profile {@code sso} against {@link TestIdentityProvider}, on its own in-memory H2
 * (a small pool) without the demo users: one context shared by every SSO test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.SAME_THREAD)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:smarteka-sso;DB_CLOSE_DELAY=-1",
    "spring.datasource.hikari.maximum-pool-size=5",
    "spring.datasource.hikari.minimum-idle=1"})
@ActiveProfiles({"test", "test-h2", "sso"})
@ContextConfiguration(initializers = TestIdentityProvider.Initializer.class)
public @interface SsoTest {
}
