package com.wagateway.domain.error;

import com.wagateway.domain.model.TenantId;
import java.time.Duration;
import java.util.Optional;

/** The tenant sent faster than its configured rate; the request was refused before any provider. */
public final class RateLimitedException extends GatewayException {
  private final Duration retryAfter;

  public RateLimitedException(TenantId tenantId, Duration retryAfter) {
    super(
        ErrorCode.RATE_LIMITED,
        "This tenant is sending faster than its configured rate",
        tenantId,
        null,
        null);
    this.retryAfter = retryAfter;
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.of(retryAfter);
  }
}
