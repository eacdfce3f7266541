package com.wagateway.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.DirectUnitOfWork;
import com.wagateway.application.fake.InMemoryMessageLog;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.fake.Tenants;
import com.wagateway.application.messaging.MessageRecord;
import com.wagateway.application.port.InboundEventStore;
import com.wagateway.application.port.WebhookSecrets;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.UnauthenticatedException;
import com.wagateway.domain.event.InboundEvent;
import com.wagateway.domain.event.Normalized;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.WebhookNormalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiveWebhookTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private final InMemoryMessageLog log = new InMemoryMessageLog();
  private final Set<String> stored = new HashSet<>();
  private final List<String> raw = new ArrayList<>();
  private Normalized next = Normalized.notUnderstood();
  private boolean loseTheNextRace;

  private final InboundEventStore events =
      new InboundEventStore() {
        @Override
        public boolean storeOnce(TenantId tenant, InboundEvent event, Instant receivedAt) {
          if (loseTheNextRace) {
            // Another delivery of the same event committed first; our insert hits the constraint.
            loseTheNextRace = false;
            stored.add(tenant + "/" + event.dedupKey());
            throw new IllegalStateException("unique constraint violated");
          }
          return stored.add(tenant + "/" + event.dedupKey());
        }

        @Override
        public void storeRaw(TenantId tenant, ProviderId provider, String payload, Instant at) {
          raw.add(payload);
        }
      };
  private final WebhookSecrets secrets =
      new WebhookSecrets() {
        @Override
        public String secretOf(TenantId tenant) {
          return "secret-" + tenant;
        }

        @Override
        public boolean matches(TenantId tenant, String presented) {
          return secretOf(tenant).equals(presented);
        }
      };
  private final WebhookNormalizer normalizer =
      new WebhookNormalizer() {
        @Override
        public ProviderId provider() {
          return ProviderId.WHAPI;
        }

        @Override
        public Normalized normalize(String payload) {
          return next;
        }
      };
  private final ReceiveWebhook receive =
      new ReceiveWebhook(
          new TenantResolver(new InMemoryTenantDirectory(Tenants.ACME)),
          secrets,
          List.of(normalizer),
          events,
          log,
          new DirectUnitOfWork(),
          Clock.fixed(NOW, ZoneOffset.UTC));

  private static InboundEvent read(String providerId) {
    return new InboundEvent.MessageStatusChanged(
        ProviderId.WHAPI,
        "status:" + providerId + ":READ",
        NOW,
        providerId,
        DeliveryStatus.READ,
        "57300");
  }

  @Test
  void refusesAWrongSecretBeforeReadingThePayload() {
    assertThatThrownBy(() -> receive.receive(ProviderId.WHAPI, Tenants.ACME_ID, "nope", "{}"))
        .isInstanceOf(UnauthenticatedException.class);
    assertThat(raw).isEmpty();
  }

  @Test
  void appliesAStatusOnceAndCountsTheRedelivery() {
    log.recordAttempt(
        new MessageRecord(
            "m1",
            Tenants.ACME_ID,
            ProviderId.WHAPI,
            "w-1",
            "57300",
            MessageType.TEXT,
            DeliveryStatus.SENT,
            NOW,
            NOW,
            null,
            null,
            List.of()));
    next = new Normalized(List.of(read("w-1")), true);

    ReceiveWebhook.Outcome first =
        receive.receive(ProviderId.WHAPI, Tenants.ACME_ID, "secret-acme", "{}");
    ReceiveWebhook.Outcome again =
        receive.receive(ProviderId.WHAPI, Tenants.ACME_ID, "secret-acme", "{}");

    assertThat(first).isEqualTo(new ReceiveWebhook.Outcome(1, 0, false));
    assertThat(again).isEqualTo(new ReceiveWebhook.Outcome(1, 1, false));
    assertThat(log.find(Tenants.ACME_ID, "m1").orElseThrow().history()).hasSize(1);
    assertThat(log.find(Tenants.ACME_ID, "m1").orElseThrow().status())
        .isEqualTo(DeliveryStatus.READ);
  }

  @Test
  void aDeliveryThatLosesTheRaceToAConcurrentOneIsADuplicateNotAFailure() {
    next = new Normalized(List.of(read("w-9")), true);
    loseTheNextRace = true;

    ReceiveWebhook.Outcome outcome =
        receive.receive(ProviderId.WHAPI, Tenants.ACME_ID, "secret-acme", "{}");

    assertThat(outcome).isEqualTo(new ReceiveWebhook.Outcome(1, 1, false));
  }

  @Test
  void keepsWhatItCouldNotReadRaw() {
    next = Normalized.notUnderstood();

    ReceiveWebhook.Outcome outcome =
        receive.receive(ProviderId.WHAPI, Tenants.ACME_ID, "secret-acme", "<html>");

    assertThat(outcome.storedRaw()).isTrue();
    assertThat(raw).containsExactly("<html>");
  }
}
