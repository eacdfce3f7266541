package com.wagateway.domain.error;

/** No API key, or one the gateway does not know. */
public final class UnauthenticatedException extends GatewayException {
  public UnauthenticatedException(String detail) {
    super(ErrorCode.UNAUTHENTICATED, detail, null, null, null);
  }
}
