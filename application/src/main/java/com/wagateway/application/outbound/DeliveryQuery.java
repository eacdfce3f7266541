package com.wagateway.application.outbound;

/** Filters of the delivery listing; null means any. */
public record DeliveryQuery(DeliveryState state, String subscriptionId) {
  /** Every delivery of every subscription. */
  public static final DeliveryQuery ANY = new DeliveryQuery(null, null);
}
