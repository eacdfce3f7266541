package com.wagateway.bootstrap.resilience;

import com.wagateway.application.port.SendRateLimit;
import com.wagateway.domain.error.RateLimitedException;
import com.wagateway.domain.model.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per tenant, in memory: {@code burst} sends at once, refilled at {@code rate} per
 * second. A refused send learns when the next one is allowed. Limits are per gateway process.
 */
@ApplicationScoped
public class TokenBucketSendRateLimit implements SendRateLimit {
  private final RateLimitSettings settings;
  private final GatewayMetrics metrics;
  private final LongSupplier nanos;
  private final Map<TenantId, Bucket> buckets = new ConcurrentHashMap<>();

  @Inject
  TokenBucketSendRateLimit(RateLimitSettings settings, GatewayMetrics metrics) {
    this(settings, metrics, System::nanoTime);
  }

  TokenBucketSendRateLimit(RateLimitSettings settings, GatewayMetrics metrics, LongSupplier nanos) {
    this.settings = settings;
    this.metrics = metrics;
    this.nanos = nanos;
  }

  @Override
  public void acquire(TenantId tenant) {
    Bucket bucket = buckets.computeIfAbsent(tenant, this::bucketFor);
    long waitNanos = bucket.take(nanos.getAsLong());
    if (waitNanos > 0) {
      metrics.rateLimited(tenant);
      throw new RateLimitedException(tenant, Duration.ofNanos(waitNanos));
    }
  }

  private Bucket bucketFor(TenantId tenant) {
    RateLimitSettings.TenantLimit own = settings.tenants().get(tenant.value());
    double rate = own == null ? settings.sendRate() : own.sendRate().orElse(settings.sendRate());
    int burst = own == null ? settings.sendBurst() : own.sendBurst().orElse(settings.sendBurst());
    return new Bucket(rate, burst, nanos.getAsLong());
  }

  /** Tokens as a double, refilled lazily on each take. */
  static final class Bucket {
    private final double perNano;
    private final double capacity;
    private double tokens;
    private long last;

    Bucket(double ratePerSecond, int burst, long now) {
      if (ratePerSecond <= 0 || burst < 1) {
        throw new IllegalArgumentException("send rate must be positive and burst at least 1");
      }
      this.perNano = ratePerSecond / 1e9;
      this.capacity = burst;
      this.tokens = burst;
      this.last = now;
    }

    /**
     * @return 0 when a token was taken, else the nanoseconds until one is available
     */
    synchronized long take(long now) {
      tokens = Math.min(capacity, tokens + (now - last) * perNano);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) / perNano);
    }
  }
}
