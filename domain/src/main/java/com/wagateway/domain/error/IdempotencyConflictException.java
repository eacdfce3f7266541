package com.wagateway.domain.error;

import com.wagateway.domain.model.TenantId;

/**
 * An {@code Idempotency-Key} used with another request body (422 {@code IDEMPOTENCY_KEY_REUSED}) or
 * while the first request with it is still under way (409 {@code IDEMPOTENCY_KEY_IN_PROGRESS}).
 */
public final class IdempotencyConflictException extends GatewayException {
  private IdempotencyConflictException(ErrorCode code, TenantId tenantId, String detail) {
    super(code, detail, tenantId, null, null);
  }

  public static IdempotencyConflictException reused(TenantId tenantId) {
    return new IdempotencyConflictException(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        tenantId,
        "This Idempotency-Key was used with a different request; use a new key for a new message");
  }

  public static IdempotencyConflictException inProgress(TenantId tenantId) {
    return new IdempotencyConflictException(
        ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS,
        tenantId,
        "A request with this Idempotency-Key is still under way; retry shortly");
  }
}
