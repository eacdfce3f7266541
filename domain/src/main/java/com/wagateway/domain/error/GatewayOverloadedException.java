package com.wagateway.domain.error;

import java.time.Duration;
import java.util.Optional;

/**
 * The gateway could not record a send in time (too many waiting to be recorded, or the database too
 * slow), so it refused it rather than let every caller queue behind the stall. Where the send was
 * not yet recorded, nothing reached the provider.
 */
public final class GatewayOverloadedException extends GatewayException {
  /** Soon, but not in a tight loop: a full queue drains, or a stall lasts, for about that long. */
  private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

  public GatewayOverloadedException(String detail) {
    super(ErrorCode.GATEWAY_OVERLOADED, detail, null, null, null);
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.of(RETRY_AFTER);
  }
}
