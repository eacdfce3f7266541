package com.wagateway.application.messaging;

import com.wagateway.domain.message.DeliveryStatus;

/** Where a send ended, as the console's glance counts them. */
public enum SendOutcome {
  /** The provider took it: sent, and perhaps delivered, read or played since. */
  SENT,
  FAILED,
  /** The gateway lost the provider's answer and no status has settled it yet. */
  UNKNOWN,
  /** Recorded, and the provider's answer has not come back yet. */
  IN_FLIGHT;

  public static SendOutcome of(DeliveryStatus status) {
    switch (status) {
      case ACCEPTED:
        return IN_FLIGHT;
      case UNKNOWN:
        return UNKNOWN;
      case FAILED:
        return FAILED;
      default:
        return SENT;
    }
  }
}
