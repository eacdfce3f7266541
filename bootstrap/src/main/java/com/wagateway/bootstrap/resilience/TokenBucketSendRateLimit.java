package com.wagateway.bootstrap.resilience;

import com.wagateway.application.port.SendRateLimit;
import com.wagateway.bootstrap.BlockingWork;
import com.wagateway.bootstrap.TenantDeleted;
import com.wagateway.domain.error.RateLimitedException;
import com.wagateway.domain.model.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * A token bucket per tenant: {@code burst} sends at once, refilled at {@code rate} per second, as
 * configured for the tenant or by default. A refused send learns when the next one is allowed. The
 * buckets are shared by every gateway process on PostgreSQL, and per process on H2 (see {@link
 * TokenBuckets}).
 */
@ApplicationScoped
public class TokenBucketSendRateLimit implements SendRateLimit {
  private final RateLimitSettings settings;
  private final GatewayMetrics metrics;
  private final TokenBuckets buckets;
  private final Executor blocking;

  @Inject
  TokenBucketSendRateLimit(
      RateLimitSettings settings,
      GatewayMetrics metrics,
      TokenBuckets buckets,
      BlockingWork blocking) {
    this(settings, metrics, buckets, (Executor) blocking);
  }

  TokenBucketSendRateLimit(
      RateLimitSettings settings, GatewayMetrics metrics, TokenBuckets buckets, Executor blocking) {
    this.settings = settings;
    this.metrics = metrics;
    this.buckets = buckets;
    this.blocking = blocking;
  }

  @Override
  public void acquire(TenantId tenant) {
    long waitNanos = buckets.take(tenant, limitOf(tenant));
    if (waitNanos > 0) {
      metrics.rateLimited(tenant);
      throw new RateLimitedException(tenant, Duration.ofNanos(waitNanos));
    }
  }

  /** Off the caller's thread when the buckets are in the database, else at once. */
  @Override
  public CompletionStage<Void> acquireLater(TenantId tenant) {
    if (!buckets.blocks()) {
      return SendRateLimit.super.acquireLater(tenant);
    }
    CompletableFuture<Void> allowed = new CompletableFuture<>();
    blocking.execute(
        () -> {
          try {
            acquire(tenant);
            allowed.complete(null);
          } catch (RuntimeException refused) {
            allowed.completeExceptionally(refused);
          }
        });
    return allowed;
  }

  /** Read on every send, so the limit in force is always the configured one. */
  private SendLimit limitOf(TenantId tenant) {
    RateLimitSettings.TenantLimit own = settings.tenants().get(tenant.value());
    double rate = own == null ? settings.sendRate() : own.sendRate().orElse(settings.sendRate());
    int burst = own == null ? settings.sendBurst() : own.sendBurst().orElse(settings.sendBurst());
    return new SendLimit(rate, burst);
  }

  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantDeleted deleted) {
    buckets.forget(deleted.tenant());
  }
}
