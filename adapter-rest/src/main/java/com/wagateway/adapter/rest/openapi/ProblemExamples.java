package com.wagateway.adapter.rest.openapi;

import com.wagateway.adapter.rest.problem.ProblemCode;

/** A typical {@code detail} for each problem code, for the OpenAPI examples. */
final class ProblemExamples {
  private ProblemExamples() {}

  static String detail(ProblemCode code) {
    return switch (code) {
      case VALIDATION_FAILED ->
          "to: must be an international phone number of 8 to 15 digits with country code";
      case UNAUTHENTICATED -> "The API key is not valid";
      case FORBIDDEN -> "This API key does not give access to tenant 'acme'";
      case TENANT_NOT_FOUND -> "Tenant 'acme' does not exist";
      case TENANT_ALREADY_EXISTS -> "Tenant 'acme' exists already";
      case IDEMPOTENCY_KEY_IN_PROGRESS ->
          "A request with this Idempotency-Key is still under way; retry shortly";
      case IDEMPOTENCY_KEY_REUSED ->
          "This Idempotency-Key was used with a different request; use a new key for a new message";
      case INSTANCE_STATE_CONFLICT -> "The number is already linked: there is no QR code to scan";
      case PAYLOAD_TOO_LARGE -> "The request body is larger than the gateway accepts";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json";
      case PROVIDER_REJECTED -> "The provider refused the request: recipient is not on WhatsApp";
      case RATE_LIMITED -> "The provider is rate limiting this tenant";
      case CAPABILITY_NOT_SUPPORTED -> "Provider 'apiwhatsappweb' does not support messages.poll";
      case PROVIDER_ERROR -> "The provider failed (HTTP 500)";
      case PROVIDER_AUTH_FAILED -> "The provider refused the tenant's credentials";
      case PROVIDER_UNAVAILABLE -> "The provider could not be reached";
      case GATEWAY_OVERLOADED ->
          "The send could not be recorded within 5 s; nothing was sent, try again shortly";
      case PROVIDER_TIMEOUT -> "The provider did not answer in time";
      default -> "The gateway failed unexpectedly; the failure has been logged";
    };
  }
}
