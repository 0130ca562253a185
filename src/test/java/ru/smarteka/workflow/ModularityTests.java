package ru.smarteka.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules (practice, region, identity, system, …) use only the modules their {@code package-info.java} allows, only
 * through their public API, and form no cycles; the module documentation in {@code docs/modules} is the code's.
 */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(SmartekaWorkflowApplication.class);

  /** The committed documentation README links to; {@code -Dmodules.docs.write=true} rewrites it. */
  static final Path DOCS = Path.of("docs", "modules");

  @Test
  void modulesKeepToTheirDeclaredBorders() {
    MODULES.verify();
    assertThat(MODULES.stream().map(ApplicationModule::getName)).containsExactlyInAnyOrder("analytics", "casehistory", "catalogue", "demo",
        "document", "engine", "identity", "notification", "practice", "publication", "region", "replication",
        "reporting", "system", "federal", "contest");
  }

  @Test
  void moduleDocumentationIsTheCodes() throws IOException {
    Path generated = Path.of("target", "modules");
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    List<Path> files = files(generated);
    assertThat(files).extracting(Path::toString).contains("components.puml", "module-publication.puml",
        "module-publication.adoc");
    assertThat(Files.readString(generated.resolve("components.puml"))).contains("Публикация практики",
        "Тиражирование практики");
    if (Boolean.getBoolean("modules.docs.write")) {
      copy(generated, files);
    }
    for (Path file : files) {
      Path committed = DOCS.resolve(file);
      assertThat(committed).as("docs/modules/" + file + " is committed; run mvn test -Dtest=ModularityTests "
          + "-Dmodules.docs.write=true and commit docs/modules").exists();
      // the same lines (the generator promises neither their order nor which of them opens a table cell)
      assertThat(lines(committed)).as("docs/modules/" + file + " matches the code; run mvn test "
          + "-Dtest=ModularityTests -Dmodules.docs.write=true and commit docs/modules")
          .containsExactlyInAnyOrderElementsOf(lines(generated.resolve(file)));
    }
    assertThat(files(DOCS)).as("no stale files in docs/modules").containsExactlyInAnyOrderElementsOf(files);
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file).stream().map(line -> line.startsWith("|* ") ? line.substring(1) : line).toList();
  }

  private static List<Path> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
    }
  }

  private static void copy(Path from, List<Path> files) throws IOException {
    if (Files.isDirectory(DOCS)) {
      try (Stream<Path> old = Files.walk(DOCS)) {
        for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    for (Path file : files) {
      Files.createDirectories(DOCS.resolve(file).getParent());
      Files.copy(from.resolve(file), DOCS.resolve(file));
    }
  }
}
