package ru.smarteka.workflow.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in the tests: the real time until a test sets or advances it (e.g. past the end of a
 * quarter); {@link #reset()} gives the real time back. Every integration test shares it, so a test that moves it
 * resets it after each test.
 */
public class MutableClock extends Clock {

  private final ZoneId zone;
  private volatile Instant fixed;

  public MutableClock() {
    this(null, ZoneId.systemDefault());
  }

  private MutableClock(Instant fixed, ZoneId zone) {
    this.fixed = fixed;
    this.zone = zone;
  }

  /** Stops the clock at this instant. */
  public void set(Instant instant) {
    this.fixed = instant;
  }

  /** Moves the clock on and stops it there. */
  public void advance(Duration duration) {
    this.fixed = instant().plus(duration);
  }

  /** Back to the real time. */
  public void reset() {
    this.fixed = null;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MutableClock(fixed, zone);
  }

  @Override
  public Instant instant() {
    Instant now = fixed;
    return now != null ? now : Instant.now();
  }
}
