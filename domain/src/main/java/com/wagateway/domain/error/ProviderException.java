package com.wagateway.domain.error;

import com.wagateway.domain.model.ProviderAccount;
import java.time.Duration;
import java.util.Optional;

/**
 * A provider call that did not succeed: refused, failed, unreachable or too slow. Adapters build it
 * in exactly one place from the provider's HTTP status or the I/O failure.
 */
public final class ProviderException extends GatewayException {
  private final Integer providerStatus;
  private final Duration retryAfter;

  private ProviderException(
      ErrorCode code,
      ProviderAccount account,
      String detail,
      Integer providerStatus,
      Duration retryAfter,
      Throwable cause) {
    super(code, detail, account.tenantId(), account.provider(), cause);
    this.providerStatus = providerStatus;
    this.retryAfter = retryAfter;
  }

  private ProviderException(ProviderException failure, String detail) {
    super(
        failure.code(),
        detail,
        failure.tenantId().orElse(null),
        failure.provider().orElse(null),
        failure.getCause());
    this.providerStatus = failure.providerStatus;
    this.retryAfter = failure.retryAfter;
  }

  /** The provider refused the content or the recipient (its 4xx). */
  public static ProviderException rejected(ProviderAccount account, int status, String detail) {
    return new ProviderException(ErrorCode.PROVIDER_REJECTED, account, detail, status, null, null);
  }

  /** The provider refused the tenant's credentials, or the plan they belong to. */
  public static ProviderException authFailed(ProviderAccount account, int status, String detail) {
    return new ProviderException(
        ErrorCode.PROVIDER_AUTH_FAILED, account, detail, status, null, null);
  }

  /** The provider does not know the thing referred to (a message id, say). */
  public static ProviderException notFound(ProviderAccount account, int status, String detail) {
    return new ProviderException(ErrorCode.NOT_FOUND, account, detail, status, null, null);
  }

  public static ProviderException payloadTooLarge(ProviderAccount account, int status) {
    return new ProviderException(
        ErrorCode.PAYLOAD_TOO_LARGE,
        account,
        "The provider found the request too large",
        status,
        null,
        null);
  }

  /** The provider is rate limiting; {@code retryAfter} is its hint, when it gave one. */
  public static ProviderException rateLimited(ProviderAccount account, Duration retryAfter) {
    return new ProviderException(
        ErrorCode.RATE_LIMITED,
        account,
        "The provider is rate limiting this tenant",
        429,
        retryAfter,
        null);
  }

  /** The provider answered, but with a failure or something that cannot be understood. */
  public static ProviderException error(
      ProviderAccount account, Integer status, String detail, Throwable cause) {
    return new ProviderException(ErrorCode.PROVIDER_ERROR, account, detail, status, null, cause);
  }

  public static ProviderException unavailable(ProviderAccount account, Throwable cause) {
    return new ProviderException(
        ErrorCode.PROVIDER_UNAVAILABLE,
        account,
        "The provider could not be reached",
        null,
        null,
        cause);
  }

  /**
   * The gateway stopped calling the provider for this tenant for a while (its circuit breaker is
   * open after repeated failures); nothing was sent.
   */
  public static ProviderException circuitOpen(ProviderAccount account, Duration retryAfter) {
    return new ProviderException(
        ErrorCode.PROVIDER_UNAVAILABLE,
        account,
        "The provider failed repeatedly; calls are paused for a moment and nothing was sent",
        null,
        retryAfter,
        null);
  }

  /** Too many calls to the provider are already under way; nothing was sent. */
  public static ProviderException saturated(ProviderAccount account) {
    return new ProviderException(
        ErrorCode.PROVIDER_UNAVAILABLE,
        account,
        "Too many calls to this provider are under way; nothing was sent",
        null,
        Duration.ofSeconds(1),
        null);
  }

  public static ProviderException timeout(ProviderAccount account, Throwable cause) {
    return new ProviderException(
        ErrorCode.PROVIDER_TIMEOUT,
        account,
        "The provider did not answer in time",
        null,
        null,
        cause);
  }

  /**
   * The same failure (code, status, hint, cause) with {@code context} after its detail, e.g. what
   * had already succeeded when a call of several failed.
   */
  public ProviderException withContext(String context) {
    return new ProviderException(this, getMessage() + " " + context);
  }

  /** The provider's HTTP status, when it answered at all. */
  public Optional<Integer> providerStatus() {
    return Optional.ofNullable(providerStatus);
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
