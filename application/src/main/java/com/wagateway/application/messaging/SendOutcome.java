package com.wagateway.application.messaging;

import com.wagateway.domain.message.DeliveryStatus;

/** Where a send ended, as the console's glance counts them. */
public enum SendOutcome {
  /** The provider took it: sent, and perhaps delivered, read or played since. */
  SENT,
  FAILED,
  /** The gateway lost the provider's answer and no status has settled it yet. */
  UNKNOWN,
  /**
   * Recorded and not known to be sent yet: the provider's answer has not come back, or it queued
   * the message (Whapi's "pending") and has not reported it sent since.
   */
  ACCEPTED;

  public static SendOutcome of(DeliveryStatus status) {
    switch (status) {
      case ACCEPTED:
        return ACCEPTED;
      case UNKNOWN:
        return UNKNOWN;
      case FAILED:
        return FAILED;
      default:
        return SENT;
    }
  }
}
