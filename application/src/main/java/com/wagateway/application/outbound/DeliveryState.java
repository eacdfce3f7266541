package com.wagateway.application.outbound;

/** Where a delivery stands: waiting for its next attempt, received, or given up on. */
public enum DeliveryState {
  /** Due now or after a failed attempt, at its next attempt time. */
  PENDING,
  /** The subscriber answered 2xx. */
  DELIVERED,
  /** Every allowed attempt failed; kept for inspection and replay. */
  DEAD
}
