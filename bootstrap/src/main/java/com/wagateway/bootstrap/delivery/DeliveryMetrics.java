package com.wagateway.bootstrap.delivery;

import com.wagateway.bootstrap.persistence.JpaDeliveryOutbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The outbound webhooks' meters: recorded attempts by outcome, counted by the process that made
 * them, and the backlog of pending deliveries, read from the shared database at each scrape (so
 * every gateway on one database reports the same backlog).
 */
@ApplicationScoped
public class DeliveryMetrics {
  static final String DELIVERED = "delivered";
  static final String RETRYING = "retrying";
  static final String DEAD = "dead";

  private final MeterRegistry registry;
  private final JpaDeliveryOutbox outbox;

  DeliveryMetrics(MeterRegistry registry, JpaDeliveryOutbox outbox) {
    this.registry = registry;
    this.outbox = outbox;
  }

  void publishBacklog(@Observes StartupEvent started) {
    Gauge.builder("gateway.webhook.deliveries.pending", outbox, JpaDeliveryOutbox::pendingCount)
        .description("Webhook deliveries waiting for an attempt, in the whole database")
        .strongReference(true)
        .register(registry);
  }

  /**
   * Counts one attempt whose outcome the outbox {@code recorded} (a superseded one is not counted:
   * the outbox dropped it); {@code recorded} is passed through.
   */
  boolean counted(boolean recorded, String outcome) {
    if (recorded) {
      Counter.builder("gateway.webhook.attempts")
          .description("Recorded webhook delivery attempts, by outcome: delivered, retrying, dead")
          .tag("outcome", outcome)
          .register(registry)
          .increment();
    }
    return recorded;
  }
}
