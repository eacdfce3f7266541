package com.wagateway.domain.message;

/** Where a message stands, in the order it normally moves through. */
public enum DeliveryStatus {
  ACCEPTED,
  /**
   * The provider may or may not have sent it: the gateway lost its answer (a timeout, a connection
   * broken after the request went out, a 5xx, or the gateway stopping mid-send). A later status
   * from the provider settles it; a retry with the send's idempotency key never sends it again.
   */
  UNKNOWN,
  SENT,
  DELIVERED,
  READ,
  /** A voice message was listened to (after READ). */
  PLAYED,
  FAILED
}
