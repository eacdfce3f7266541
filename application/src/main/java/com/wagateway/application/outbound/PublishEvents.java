package com.wagateway.application.outbound;

import com.wagateway.application.port.DeliveryOutbox;
import com.wagateway.application.port.EventPayloads;
import com.wagateway.application.port.SubscriptionStore;
import com.wagateway.domain.event.InboundEvent;
import com.wagateway.domain.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Puts an event in the outbox once per subscription that wants it. Runs inside the transaction that
 * stores the event, so the event and its deliveries are kept together or not at all.
 */
public final class PublishEvents {
  private final SubscriptionStore subscriptions;
  private final DeliveryOutbox outbox;
  private final EventPayloads payloads;
  private final Supplier<String> ids;

  public PublishEvents(
      SubscriptionStore subscriptions,
      DeliveryOutbox outbox,
      EventPayloads payloads,
      Supplier<String> ids) {
    this.subscriptions = subscriptions;
    this.outbox = outbox;
    this.payloads = payloads;
    this.ids = ids;
  }

  /**
   * @return how many deliveries were queued
   */
  public int publish(TenantId tenant, InboundEvent event, String messageId, Instant now) {
    List<Subscription> targets =
        subscriptions.list(tenant).stream().filter(s -> s.wants(event.type())).toList();
    if (targets.isEmpty()) {
      return 0;
    }
    String webhookId = "msg_" + ids.get();
    String payload = payloads.render(new OutboundEvent(webhookId, tenant, event, messageId, now));
    for (Subscription subscription : targets) {
      outbox.enqueue(
          new NewDelivery(
              "dlv_" + ids.get(),
              webhookId,
              tenant,
              subscription.id(),
              event.type(),
              payload,
              now));
    }
    return targets.size();
  }
}
