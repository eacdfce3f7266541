package com.wagateway.bootstrap.resilience;

import com.wagateway.domain.model.TenantId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The buckets in this process's memory: each gateway process limits on its own, which is exact for
 * the single process an embedded H2 database allows.
 */
public final class InMemoryTokenBuckets implements TokenBuckets {
  private final LongSupplier nanos;
  private final Map<TenantId, Bucket> buckets = new ConcurrentHashMap<>();

  public InMemoryTokenBuckets() {
    this(System::nanoTime);
  }

  InMemoryTokenBuckets(LongSupplier nanos) {
    this.nanos = nanos;
  }

  @Override
  public long take(TenantId tenant, SendLimit limit) {
    return buckets
        .computeIfAbsent(tenant, t -> new Bucket(limit, nanos.getAsLong()))
        .take(nanos.getAsLong());
  }

  @Override
  public boolean blocks() {
    return false;
  }

  @Override
  public void forget(TenantId tenant) {
    buckets.remove(tenant);
  }

  /** Whether this process holds a bucket for {@code tenant}. */
  boolean holds(TenantId tenant) {
    return buckets.containsKey(tenant);
  }

  /** Tokens as a double, refilled lazily on each take. */
  static final class Bucket {
    private final SendLimit limit;
    private final double perNano;
    private double tokens;
    private long last;

    Bucket(double ratePerSecond, int burst, long now) {
      this(new SendLimit(ratePerSecond, burst), now);
    }

    Bucket(SendLimit limit, long now) {
      this.limit = limit;
      this.perNano = limit.ratePerSecond() / 1e9;
      this.tokens = limit.burst();
      this.last = now;
    }

    /**
     * @return 0 when a token was taken, else the nanoseconds until one is available
     */
    synchronized long take(long now) {
      tokens = Math.min(limit.burst(), tokens + (now - last) * perNano);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return limit.nanosUntilOne(tokens);
    }
  }
}
