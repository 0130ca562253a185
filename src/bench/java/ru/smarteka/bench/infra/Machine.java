package ru.smarteka.bench.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What the figures were measured on: CPUs, memory, and the load the other users of the machine put on it. */
public final class Machine {

  /** The 1-minute load average (runnable processes, all users), as /proc/loadavg gives it. */
  public static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  public static String loadAverages() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (IOException e) {
      return "?";
    }
  }

  public static String describe() {
    String cpu = "?";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
    } catch (IOException ignored) {
      // not Linux: the model stays unknown
    }
    long memGb = Math.round(memTotalKb().orElse(0L) / 1024.0 / 1024.0);
    return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memGb + " GiB, Java "
        + System.getProperty("java.version");
  }

  static Optional<Long> memTotalKb() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
          .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Resident set size of a process in MiB (VmRSS), or -1. */
  public static long rssMb(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS"))
          .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).orElse(-1L);
    } catch (IOException e) {
      return -1;
    }
  }

  private Machine() {
  }
}
