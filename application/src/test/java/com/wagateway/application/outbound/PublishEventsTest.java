package com.wagateway.application.outbound;

import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.GLOBEX_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.application.fake.InMemoryDeliveryOutbox;
import com.wagateway.application.fake.InMemorySubscriptionStore;
import com.wagateway.application.fake.RecordingEventPayloads;
import com.wagateway.application.fake.SequentialIds;
import com.wagateway.domain.event.EventType;
import com.wagateway.domain.event.InboundEvent;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublishEventsTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final InboundEvent STATUS =
      new InboundEvent.MessageStatusChanged(
          ProviderId.WHAPI, "status:w-1:READ", NOW, "w-1", DeliveryStatus.READ, "57300", null);

  private final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore();
  private final InMemoryDeliveryOutbox outbox = new InMemoryDeliveryOutbox(subscriptions);
  private final RecordingEventPayloads payloads = new RecordingEventPayloads();
  private final PublishEvents publish =
      new PublishEvents(subscriptions, outbox, payloads, new SequentialIds());

  private void subscribe(String id, TenantId tenant, EventType... types) {
    subscriptions.create(
        new Subscription(
            id,
            tenant,
            URI.create("https://hooks.example.com/" + id),
            Set.of(types),
            SigningSecret.generate(),
            NOW));
  }

  @Test
  void queuesADeliveryOnlyForTheSubscriptionsThatWantTheEventType() {
    subscribe("sub_status", ACME_ID, EventType.MESSAGE_STATUS);
    subscribe("sub_both", ACME_ID, EventType.MESSAGE_RECEIVED, EventType.MESSAGE_STATUS);
    subscribe("sub_received", ACME_ID, EventType.MESSAGE_RECEIVED);
    subscribe("sub_other_tenant", GLOBEX_ID, EventType.MESSAGE_STATUS);

    int queued = publish.publish(ACME_ID, STATUS, "m1", NOW);

    assertThat(queued).isEqualTo(2);
    assertThat(outbox.all())
        .extracting(Delivery::subscriptionId)
        .containsExactlyInAnyOrder("sub_status", "sub_both");
    assertThat(outbox.all())
        .allSatisfy(
            d -> {
              assertThat(d.tenantId()).isEqualTo(ACME_ID);
              assertThat(d.eventType()).isEqualTo(EventType.MESSAGE_STATUS);
              assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
              assertThat(d.attempts()).isZero();
              assertThat(d.createdAt()).isEqualTo(NOW);
              assertThat(d.id()).startsWith("dlv_");
            });
  }

  @Test
  void allDeliveriesOfOneEventShareOneWebhookId() {
    subscribe("sub_a", ACME_ID, EventType.MESSAGE_STATUS);
    subscribe("sub_b", ACME_ID, EventType.MESSAGE_STATUS);
    subscribe("sub_c", ACME_ID, EventType.MESSAGE_STATUS);

    publish.publish(ACME_ID, STATUS, "m1", NOW);

    assertThat(outbox.all()).hasSize(3).extracting(Delivery::webhookId).containsOnly("msg_1");
    assertThat(outbox.all()).extracting(Delivery::id).doesNotHaveDuplicates();
  }

  @Test
  void eachEventGetsItsOwnWebhookId() {
    subscribe("sub_a", ACME_ID, EventType.MESSAGE_STATUS);

    publish.publish(ACME_ID, STATUS, "m1", NOW);
    publish.publish(ACME_ID, STATUS, "m1", NOW);

    assertThat(outbox.all())
        .extracting(Delivery::webhookId)
        .doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).startsWith("msg_"));
  }

  @Test
  void queuesNothingAndRendersNothingWithoutSubscriptions() {
    subscribe("sub_received", ACME_ID, EventType.MESSAGE_RECEIVED);

    assertThat(publish.publish(ACME_ID, STATUS, "m1", NOW)).isZero();
    assertThat(publish.publish(GLOBEX_ID, STATUS, null, NOW)).isZero();

    assertThat(outbox.all()).isEmpty();
    assertThat(payloads.rendered()).isEmpty();
  }

  @Test
  void thePayloadIsWhatEventPayloadsRenderedForTheEvent() {
    subscribe("sub_a", ACME_ID, EventType.MESSAGE_STATUS);
    subscribe("sub_b", ACME_ID, EventType.MESSAGE_STATUS);

    publish.publish(ACME_ID, STATUS, "m1", NOW);

    OutboundEvent rendered = payloads.rendered().get(0);
    assertThat(payloads.rendered()).hasSize(1);
    assertThat(rendered)
        .isEqualTo(new OutboundEvent(outbox.all().get(0).webhookId(), ACME_ID, STATUS, "m1", NOW));
    assertThat(outbox.all())
        .extracting(Delivery::payload)
        .containsOnly(RecordingEventPayloads.bodyOf(rendered));
  }
}
