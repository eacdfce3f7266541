package com.wagateway.application.outbound;

import com.wagateway.domain.event.EventType;
import com.wagateway.domain.model.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * One event on its way to one subscription. {@code webhookId} is the event's id, the same on every
 * attempt and replay, which subscribers use to drop repeats; {@code attempts} counts the tries
 * since it was created or last replayed, {@code history} lists them all (empty in listings).
 */
public record Delivery(
    String id,
    String webhookId,
    TenantId tenantId,
    String subscriptionId,
    EventType eventType,
    DeliveryState state,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant deliveredAt,
    String payload,
    List<Attempt> history) {
  public Delivery {
    history = List.copyOf(history);
  }
}
