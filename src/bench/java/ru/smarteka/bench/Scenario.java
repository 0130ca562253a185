package ru.smarteka.bench;

/**
 * One benchmark scenario. A new one is a class in {@code ru.smarteka.bench.scenarios} implementing this interface
 * with a public no-argument constructor: the runner finds it, runs it when {@code -Dbench.scenarios} names it (or
 * names none), in {@link #order()}, and prints the tables it adds to the report.
 */
public interface Scenario {

  /** Short name for {@code -Dbench.scenarios=steps,tasklist}. */
  String name();

  /** What it measures, one line. */
  String description();

  /** Lower runs first. */
  default int order() {
    return 100;
  }

  /** Measures and adds its tables (and the goals it checks) to {@code bench.report()}. */
  void run(Bench bench) throws Exception;
}
