package ru.smarteka.bench.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/** Closed-loop load: {@code clients} threads, each doing its share of the iterations one after the other. */
public final class Load {

  /** One iteration of one client. */
  @FunctionalInterface
  public interface Iteration {
    void run(int client, int iteration) throws Exception;
  }

  /** Runs {@code total} iterations on {@code clients} threads; returns the wall time in nanoseconds. */
  public static long run(int clients, int total, Iteration iteration) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> futures = new ArrayList<>();
      long start = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        int client = c;
        int share = total / clients + (c < total % clients ? 1 : 0);
        futures.add(pool.submit(() -> {
          for (int i = 0; i < share; i++) {
            iteration.run(client, i);
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          futures.forEach(other -> other.cancel(true));
          throw e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
        }
      }
      return System.nanoTime() - start;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Waits until a server's statement counter has stood still for {@code quietMillis} (its asynchronous work after a
   * phase, mail deliveries above all, has run), at most {@code maxMillis}; the probe's reads are not statements.
   */
  public static Probe.Counts settle(Probe probe, long quietMillis, long maxMillis) {
    long deadline = System.currentTimeMillis() + maxMillis;
    Probe.Counts last = probe.read();
    long stillSince = System.currentTimeMillis();
    while (System.currentTimeMillis() < deadline) {
      Jvm.sleep(50);
      Probe.Counts now = probe.read();
      if (now.statements() != last.statements()) {
        last = now;
        stillSince = System.currentTimeMillis();
      } else if (System.currentTimeMillis() - stillSince >= quietMillis) {
        return now;
      }
    }
    return last;
  }

  /** Polls {@code condition} every 20 ms until it holds or {@code maxMillis} pass; true if it held. */
  public static boolean await(BooleanSupplier condition, long maxMillis) {
    long deadline = System.currentTimeMillis() + maxMillis;
    while (System.currentTimeMillis() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Jvm.sleep(20);
    }
    return condition.getAsBoolean();
  }

  private Load() {
  }
}
