package ru.smarteka.workflow.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Every {@link IntegrationTest} class runs in the one application context the suite shares: none declares what
 * would make Spring start another application, engine and connection pool for it. What a test needs from the
 * context goes into {@link SharedTestConfiguration}; a web-layer test is a {@code @WebMvcTest} slice instead.
 * Classes without Spring run beside them on a second thread ({@code junit-platform.properties}); every class Spring
 * runs is marked to run in turn on the one engine thread.
 */
class OneContextTests {

  static final JavaClasses TESTS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
      .importPackages("ru.smarteka.workflow");

  static final DescribedPredicate<JavaClass> INTEGRATION_TEST = DescribedPredicate.describe(
      "@IntegrationTest classes", (JavaClass c) -> c.isAnnotatedWith(IntegrationTest.class));

  @Test
  void noIntegrationTestChangesTheSharedContext() {
    noClasses().that(INTEGRATION_TEST)
        .should().beAnnotatedWith(Import.class)
        .orShould().beAnnotatedWith(TestPropertySource.class)
        .orShould().beAnnotatedWith(DirtiesContext.class)
        .orShould().beAnnotatedWith(ContextConfiguration.class)
        .orShould().beAnnotatedWith(ActiveProfiles.class)
        .orShould().beAnnotatedWith(SpringBootTest.class)
        .orShould().beAnnotatedWith(MockitoBean.class)
        .orShould().beAnnotatedWith(MockitoSpyBean.class)
        .because("each of them makes Spring start another application for the class")
        .check(TESTS);
  }

  @Test
  void noIntegrationTestOverridesABean() {
    noFields().that().areDeclaredInClassesThat(INTEGRATION_TEST)
        .should().beAnnotatedWith(MockitoBean.class)
        .orShould().beAnnotatedWith(MockitoSpyBean.class)
        .because("a mocked or spied bean makes Spring start another application for the class")
        .check(TESTS);
  }

  @Test
  void noIntegrationTestBringsAConfigurationOfItsOwn() {
    noClasses().that(DescribedPredicate.describe("nested in @IntegrationTest classes",
            (JavaClass c) -> c.getEnclosingClass().map(INTEGRATION_TEST::test).orElse(false)))
        .should().beAnnotatedWith(TestConfiguration.class)
        .orShould().beAnnotatedWith(Configuration.class)
        .because("Spring picks a nested configuration up and starts another application for the class")
        .allowEmptyShould(true)
        .check(TESTS);
  }

  @Test
  void everyClassSpringRunsRunsInTurn() {
    DescribedPredicate<JavaAnnotation<?>> inTurn = DescribedPredicate.describe("@Execution(SAME_THREAD)",
        (JavaAnnotation<?> a) -> a.getRawType().isEquivalentTo(Execution.class)
            && a.as(Execution.class).value() == ExecutionMode.SAME_THREAD);
    classes().that().areMetaAnnotatedWith(BootstrapWith.class).and().areTopLevelClasses()
        .should().beMetaAnnotatedWith(inTurn)
        .because("the suite's Spring contexts and engines are shared: only classes without Spring run"
            + " beside the others (junit-platform.properties)")
        .check(TESTS);
  }
}
