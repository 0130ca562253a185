package ru.smarteka.workflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A JPA slice (repositories, Flyway, no web, no engine) on the suite's database: in-memory H2, or PostgreSQL when
 * the suite runs against it ({@link TestProfiles}). Each test rolls back. Its classes import the same beans, so they
 * share one slice context, with a pool of two connections.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.SAME_THREAD)
@DataJpaTest(showSql = false, properties = "spring.datasource.hikari.maximum-pool-size=2")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles(resolver = TestProfiles.class)
public @interface DataTest {
}
