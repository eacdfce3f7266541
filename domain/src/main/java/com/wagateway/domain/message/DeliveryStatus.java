package com.wagateway.domain.message;

/** Where a message stands, in the order it normally moves through. */
public enum DeliveryStatus {
  ACCEPTED,
  SENT,
  DELIVERED,
  READ,
  /** A voice message was listened to (after READ). */
  PLAYED,
  FAILED
}
