package com.wagateway.adapter.rest.problem;

import com.wagateway.domain.error.ErrorCode;
import java.util.Locale;

/** The HTTP face of each error code: status and title, defined once. */
public enum ProblemCode {
  VALIDATION_FAILED(400, "Validation failed"),
  UNAUTHENTICATED(401, "Unauthenticated"),
  FORBIDDEN(403, "Forbidden"),
  TENANT_NOT_FOUND(404, "Tenant not found"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  TENANT_ALREADY_EXISTS(409, "Tenant already exists"),
  INSTANCE_STATE_CONFLICT(409, "Instance state conflict"),
  IDEMPOTENCY_KEY_IN_PROGRESS(409, "Idempotency key in use"),
  IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
  PAYLOAD_TOO_LARGE(413, "Payload too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  PROVIDER_REJECTED(422, "Provider rejected the request"),
  RATE_LIMITED(429, "Rate limited"),
  INTERNAL_ERROR(500, "Internal error"),
  CAPABILITY_NOT_SUPPORTED(501, "Capability not supported"),
  PROVIDER_ERROR(502, "Provider error"),
  PROVIDER_AUTH_FAILED(502, "Provider refused the credentials"),
  PROVIDER_UNAVAILABLE(503, "Provider unavailable"),
  GATEWAY_OVERLOADED(503, "Gateway overloaded"),
  PROVIDER_TIMEOUT(504, "Provider timeout");

  private final int status;
  private final String title;

  ProblemCode(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** Whether the answer tells the caller when to try again ({@code Retry-After}). */
  public boolean saysWhenToRetry() {
    return this == RATE_LIMITED
        || this == PROVIDER_UNAVAILABLE
        || this == GATEWAY_OVERLOADED
        || this == IDEMPOTENCY_KEY_IN_PROGRESS;
  }

  public String type() {
    return "urn:wagateway:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static ProblemCode of(ErrorCode code) {
    return valueOf(code.name());
  }
}
