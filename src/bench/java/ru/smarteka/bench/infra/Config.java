package ru.smarteka.bench.infra;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's settings: system properties {@code bench.*} (Maven passes {@code -Dbench.x=y} through), each with a
 * default that gives the figures. Scenarios read their own with {@link #integer}, {@link #text}.
 */
public final class Config {

  private final Path projectDir;

  public Config(Path projectDir) {
    this.projectDir = projectDir;
  }

  public Path projectDir() {
    return projectDir;
  }

  public Path targetDir() {
    return projectDir.resolve("target");
  }

  public Path workDir() {
    return targetDir().resolve("bench");
  }

  public String text(String key, String defaultValue) {
    String value = System.getProperty("bench." + key);
    return value == null || value.isBlank() ? defaultValue : value.strip();
  }

  public int integer(String key, int defaultValue) {
    return Integer.parseInt(text(key, String.valueOf(defaultValue)));
  }

  public boolean flag(String key, boolean defaultValue) {
    return Boolean.parseBoolean(text(key, String.valueOf(defaultValue)));
  }

  public List<String> list(String key, String defaultValue) {
    return Arrays.stream(text(key, defaultValue).split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  /** The JVM flags of every benchmarked JVM (application and bare engine alike). */
  public List<String> jvmFlags() {
    return list("jvmFlags", "-Xms256m -Xmx1g -XX:+UseG1GC");
  }

  /** How long a benchmarked JVM may take to be ready ({@code -Dbench.startSeconds}, 180): a busy machine needs more. */
  public java.time.Duration startTimeout() {
    return java.time.Duration.ofSeconds(integer("startSeconds", 180));
  }

  public String pgHost() {
    return text("pg.host", "127.0.0.1");
  }

  public int pgPort() {
    return integer("pg.port", 5432);
  }

  public String pgUser() {
    return text("pg.user", "postgres");
  }

  public String pgPassword() {
    return text("pg.password", "");
  }
}
