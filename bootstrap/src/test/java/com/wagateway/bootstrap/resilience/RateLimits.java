package com.wagateway.bootstrap.resilience;

import com.wagateway.application.port.SendRateLimit;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/** Test fixture: send-rate limits outside CDI, as a gateway process of their own would have. */
public final class RateLimits {
  private RateLimits() {}

  /** A gateway's rate limit over {@code buckets}, asking them on the caller's thread. */
  public static SendRateLimit over(TokenBuckets buckets, RateLimitSettings settings) {
    return over(buckets, settings, Runnable::run);
  }

  /**
   * As {@link #over(TokenBuckets, RateLimitSettings)}, with blocking buckets asked on {@code
   * blocking}.
   */
  public static SendRateLimit over(
      TokenBuckets buckets, RateLimitSettings settings, Executor blocking) {
    return new TokenBucketSendRateLimit(
        settings, new GatewayMetrics(new SimpleMeterRegistry()), buckets, blocking);
  }

  public static RateLimitSettings settings(
      double rate, int burst, Map<String, RateLimitSettings.TenantLimit> tenants) {
    return new RateLimitSettings() {
      @Override
      public double sendRate() {
        return rate;
      }

      @Override
      public int sendBurst() {
        return burst;
      }

      @Override
      public Map<String, RateLimitSettings.TenantLimit> tenants() {
        return tenants;
      }
    };
  }

  public static RateLimitSettings.TenantLimit limitOf(double rate, int burst) {
    return new RateLimitSettings.TenantLimit() {
      @Override
      public Optional<Double> sendRate() {
        return Optional.of(rate);
      }

      @Override
      public Optional<Integer> sendBurst() {
        return Optional.of(burst);
      }
    };
  }
}
