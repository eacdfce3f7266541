package com.wagateway.domain.error;

/** The stable, machine-readable codes callers branch on; each maps to one HTTP status. */
public enum ErrorCode {
  VALIDATION_FAILED,
  UNAUTHENTICATED,
  FORBIDDEN,
  TENANT_NOT_FOUND,
  NOT_FOUND,
  INSTANCE_STATE_CONFLICT,
  PAYLOAD_TOO_LARGE,
  PROVIDER_REJECTED,
  RATE_LIMITED,
  CAPABILITY_NOT_SUPPORTED,
  PROVIDER_ERROR,
  PROVIDER_AUTH_FAILED,
  PROVIDER_UNAVAILABLE,
  PROVIDER_TIMEOUT
}
