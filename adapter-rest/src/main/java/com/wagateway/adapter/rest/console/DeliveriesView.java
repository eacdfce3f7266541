package com.wagateway.adapter.rest.console;

import com.wagateway.application.outbound.Delivery;
import com.wagateway.application.outbound.DeliveryState;
import java.util.List;

/**
 * The activity page's recent deliveries; {@code replayed} names the one just replayed (else null).
 */
public record DeliveriesView(List<Delivery> items, String replayed) {

  /** While one is pending, the section reloads itself to show it settle. */
  public boolean live() {
    return items.stream().anyMatch(delivery -> delivery.state() == DeliveryState.PENDING);
  }
}
