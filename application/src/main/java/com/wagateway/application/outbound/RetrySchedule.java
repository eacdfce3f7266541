package com.wagateway.application.outbound;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed delivery again: exponential backoff from {@code initialDelay}, doubling
 * after each failure up to {@code maxDelay}, spread by a random ±{@code jitter} fraction so that
 * deliveries failing together do not retry together; after {@code maxAttempts} attempts the
 * delivery is dead.
 */
public record RetrySchedule(
    int maxAttempts, Duration initialDelay, Duration maxDelay, double jitter) {
  public RetrySchedule {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay");
    }
    if (!(jitter >= 0 && jitter < 1)) { // written so that NaN is refused too
      throw new IllegalArgumentException("jitter must be in [0, 1)");
    }
  }

  /** True when a delivery that failed {@code failedAttempts} times gets no further attempt. */
  public boolean exhausted(int failedAttempts) {
    return failedAttempts >= maxAttempts;
  }

  /** The nominal delay after the {@code failedAttempts}-th failure, before jitter. */
  public Duration nominalDelay(int failedAttempts) {
    Duration delay = initialDelay;
    for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  /**
   * The delay after the {@code failedAttempts}-th failure, with jitter; {@code random} gives values
   * in [0, 1).
   */
  public Duration delayAfter(int failedAttempts, DoubleSupplier random) {
    long nominal = nominalDelay(failedAttempts).toMillis();
    double factor = 1 - jitter + 2 * jitter * random.getAsDouble();
    return Duration.ofMillis(Math.round(nominal * factor));
  }
}
