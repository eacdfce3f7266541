package com.wagateway.bootstrap.resilience;

import static com.wagateway.bootstrap.resilience.RateLimits.limitOf;
import static com.wagateway.bootstrap.resilience.RateLimits.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.bootstrap.resilience.InMemoryTokenBuckets.Bucket;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.RateLimitedException;
import com.wagateway.domain.model.TenantId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket, driven by explicit nanoseconds: burst, refusal with the wait, refill. */
class TokenBucketSendRateLimitTest {
  private static final long SECOND = 1_000_000_000L;
  // System.nanoTime() may well be negative: the bucket must only use differences.
  private static final long T0 = -7 * SECOND;

  @Test
  void givesTheWholeBurstAtOnceThenRefusesWithTheExactWait() {
    Bucket bucket = new Bucket(2, 3, T0);

    assertThat(bucket.take(T0)).isZero();
    assertThat(bucket.take(T0)).isZero();
    assertThat(bucket.take(T0)).isZero();
    assertThat(bucket.take(T0)).isEqualTo(SECOND / 2);
  }

  @Test
  void aRefusedTakeUsesNothingUp() {
    Bucket bucket = new Bucket(2, 1, T0);
    bucket.take(T0);

    assertThat(bucket.take(T0)).isEqualTo(SECOND / 2);
    assertThat(bucket.take(T0)).isEqualTo(SECOND / 2);
    assertThat(bucket.take(T0 + SECOND / 2)).isZero();
  }

  @Test
  void refillsAtTheConfiguredRate() {
    Bucket bucket = new Bucket(2, 3, T0);
    drain(bucket, T0, 3);

    assertThat(bucket.take(T0 + SECOND / 4)).isEqualTo(SECOND / 4);
    assertThat(bucket.take(T0 + SECOND / 2)).isZero();
    assertThat(bucket.take(T0 + SECOND / 2)).isEqualTo(SECOND / 2);
    assertThat(bucket.take(T0 + 3 * SECOND / 2)).isZero();
    assertThat(bucket.take(T0 + 3 * SECOND / 2)).isZero();
    assertThat(bucket.take(T0 + 3 * SECOND / 2)).isEqualTo(SECOND / 2);
  }

  @Test
  void neverHoldsMoreThanTheBurstHoweverLongItWasIdle() {
    Bucket bucket = new Bucket(2, 3, T0);
    long anHourLater = T0 + 3_600 * SECOND;

    drain(bucket, anHourLater, 3);

    assertThat(bucket.take(anHourLater)).isEqualTo(SECOND / 2);
  }

  @Test
  void aSlowRateMakesALongWait() {
    Bucket bucket = new Bucket(0.001, 1, T0);
    bucket.take(T0);

    assertThat(bucket.take(T0)).isEqualTo(1_000 * SECOND);
  }

  @Test
  void refusesARateOrBurstThatCouldNeverSend() {
    assertThatThrownBy(() -> new Bucket(0, 1, T0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bucket(-1, 1, T0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bucket(1, 0, T0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void limitsEachTenantByItsOwnOverrideOrTheDefaultAndCountsRefusals() {
    AtomicLong now = new AtomicLong(T0);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    var limit =
        new TokenBucketSendRateLimit(
            settings(10, 5, Map.of("slow", limitOf(0.5, 1))),
            new GatewayMetrics(registry),
            new InMemoryTokenBuckets(now::get),
            Runnable::run);
    TenantId slow = new TenantId("slow");
    TenantId other = new TenantId("other");

    limit.acquire(slow);
    assertThatThrownBy(() -> limit.acquire(slow))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            refused -> {
              assertThat(refused.code()).isEqualTo(ErrorCode.RATE_LIMITED);
              assertThat(refused.retryAfter()).contains(Duration.ofSeconds(2));
            });
    for (int i = 0; i < 5; i++) {
      limit.acquire(other);
    }
    assertThatThrownBy(() -> limit.acquire(other))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            refused -> assertThat(refused.retryAfter()).contains(Duration.ofMillis(100)));
    now.addAndGet(2 * SECOND);
    limit.acquire(slow);

    assertThat(registry.get("gateway.rate.limited").tag("tenant", "slow").counter().count())
        .isEqualTo(1);
    assertThat(registry.get("gateway.rate.limited").tag("tenant", "other").counter().count())
        .isEqualTo(1);
  }

  private static void drain(Bucket bucket, long now, int tokens) {
    for (int i = 0; i < tokens; i++) {
      assertThat(bucket.take(now)).as("token %d", i + 1).isZero();
    }
  }
}
