package com.wagateway.domain.error;

import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import java.time.Duration;
import java.util.Optional;

/**
 * The one exception family of the gateway. Every failure a caller can see is one of these, with a
 * stable {@link ErrorCode} and, where known, the tenant and provider involved. Messages never carry
 * credentials.
 */
public abstract sealed class GatewayException extends RuntimeException
    permits InvalidValueException,
        UnauthenticatedException,
        ForbiddenException,
        TenantNotFoundException,
        TenantAlreadyExistsException,
        IdempotencyConflictException,
        ResourceNotFoundException,
        CapabilityNotSupportedException,
        InstanceStateConflictException,
        RateLimitedException,
        GatewayOverloadedException,
        ProviderException {

  private final ErrorCode code;
  private final TenantId tenantId;
  private final ProviderId provider;

  protected GatewayException(
      ErrorCode code, String detail, TenantId tenantId, ProviderId provider, Throwable cause) {
    super(detail, cause);
    this.code = code;
    this.tenantId = tenantId;
    this.provider = provider;
  }

  public ErrorCode code() {
    return code;
  }

  public Optional<TenantId> tenantId() {
    return Optional.ofNullable(tenantId);
  }

  public Optional<ProviderId> provider() {
    return Optional.ofNullable(provider);
  }

  /** How long the caller should wait before trying again, when the failure says. */
  public Optional<Duration> retryAfter() {
    return Optional.empty();
  }
}
