package ru.smarteka.bench.infra;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Latencies of one kind of call (thread-safe to record), and their percentiles (nearest rank). */
public final class Samples {

  private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

  public void add(long durationNanos) {
    nanos.add(durationNanos);
  }

  public void addAll(Samples other) {
    nanos.addAll(other.nanos);
  }

  /** Times a call and records it. */
  public <T> T time(java.util.function.Supplier<T> call) {
    long start = System.nanoTime();
    T result = call.get();
    add(System.nanoTime() - start);
    return result;
  }

  public int count() {
    return nanos.size();
  }

  /** The p-th percentile in milliseconds (nearest rank), NaN without samples. */
  public double percentileMs(double p) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  public double meanMs() {
    return nanos.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 1e6;
  }

  /** min–max of values from several rounds, formatted. */
  public static String range(List<Double> values, String format) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).toArray();
    if (v.length == 0) {
      return "–";
    }
    double min = Arrays.stream(v).min().orElseThrow();
    double max = Arrays.stream(v).max().orElseThrow();
    String a = String.format(java.util.Locale.ROOT, format, min);
    String b = String.format(java.util.Locale.ROOT, format, max);
    return a.equals(b) ? a : a + "–" + b;
  }

  public static String fmt(double value, String format) {
    return Double.isNaN(value) ? "–" : String.format(java.util.Locale.ROOT, format, value);
  }
}
