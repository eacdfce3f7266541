package com.wagateway.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.DirectUnitOfWork;
import com.wagateway.application.fake.FakeMessageSender;
import com.wagateway.application.fake.FakeProvider;
import com.wagateway.application.fake.InMemoryConversationLog;
import com.wagateway.application.fake.InMemoryDeliveryOutbox;
import com.wagateway.application.fake.InMemoryMessageLog;
import com.wagateway.application.fake.InMemorySubscriptionStore;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.fake.RecordingEventPayloads;
import com.wagateway.application.fake.SequentialIds;
import com.wagateway.application.fake.Tenants;
import com.wagateway.application.messaging.MessageRecord;
import com.wagateway.application.outbound.Delivery;
import com.wagateway.application.outbound.OutboundEvent;
import com.wagateway.application.outbound.PublishEvents;
import com.wagateway.application.outbound.SigningSecret;
import com.wagateway.application.outbound.Subscription;
import com.wagateway.application.port.InboundEventStore;
import com.wagateway.application.port.WebhookSecrets;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.error.UnauthenticatedException;
import com.wagateway.domain.event.Chat;
import com.wagateway.domain.event.EventType;
import com.wagateway.domain.event.InboundEvent;
import com.wagateway.domain.event.MessageAction;
import com.wagateway.domain.event.Normalized;
import com.wagateway.domain.event.ReceivedContent;
import com.wagateway.domain.event.ReceivedMessage;
import com.wagateway.domain.event.ReceivedType;
import com.wagateway.domain.event.Sender;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.WebhookNormalizer;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiveWebhookTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private final InMemoryMessageLog log = new InMemoryMessageLog();
  private final InMemoryConversationLog conversations = new InMemoryConversationLog();
  private final InMemoryTenantDirectory directory = new InMemoryTenantDirectory(Tenants.ACME);
  private final Set<String> stored = new HashSet<>();
  private final List<String> raw = new ArrayList<>();
  private Normalized next = Normalized.notUnderstood();
  private boolean loseTheNextRace;

  private final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore();
  private final InMemoryDeliveryOutbox outbox = new InMemoryDeliveryOutbox(subscriptions);
  private final RecordingEventPayloads payloads = new RecordingEventPayloads();
  private final FakeProvider whapi = FakeProvider.supportingEverything(ProviderId.WHAPI);
  private final FakeProvider web = FakeProvider.supportingEverything(ProviderId.APIWHATSAPPWEB);

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
          new TenantResolver(directory),
          secrets,
          List.of(normalizer),
          events,
          log,
          conversations,
          new PublishEvents(subscriptions, outbox, payloads, new SequentialIds()),
          FakeProvider.router(whapi, web),
          new DirectUnitOfWork(),
          Clock.fixed(NOW, ZoneOffset.UTC));

  private static InboundEvent read(String providerId) {
    return new InboundEvent.MessageStatusChanged(
        ProviderId.WHAPI,
        "status:" + providerId + ":READ",
        NOW,
        providerId,
        DeliveryStatus.READ,
        "57300",
        null);
  }

  private static InboundEvent.MessageReceived incoming(String providerId, boolean fromMe) {
    return new InboundEvent.MessageReceived(
        ProviderId.WHAPI,
        "message:" + providerId,
        NOW,
        new ReceivedMessage(
            providerId,
            Chat.of("57300@s.whatsapp.net"),
            Sender.of("57300", "Ana"),
            fromMe,
            false,
            List.of(),
            null,
            ReceivedType.TEXT,
            ReceivedContent.text("Hola"),
            null));
  }

  private ReceiveWebhook.Outcome deliver(InboundEvent... events) {
    next = new Normalized(List.of(events), true);
    return receive.receive(ProviderId.WHAPI, Tenants.ACME_ID, "secret-acme", "{}");
  }

  private void subscribeAcmeToEverything() {
    subscriptions.create(
        new Subscription(
            "sub_1",
            Tenants.ACME_ID,
            URI.create("https://hooks.acme.example/wa"),
            EnumSet.allOf(EventType.class),
            SigningSecret.generate(),
            NOW));
  }

  private void recordSentMessage(String id, String providerMessageId) {
    log.recordAttempt(
        new MessageRecord(
            id,
            Tenants.ACME_ID,
            ProviderId.WHAPI,
            providerMessageId,
            "57300",
            MessageType.TEXT,
            DeliveryStatus.SENT,
            NOW,
            NOW,
            null,
            null,
            List.of()));
  }

  private void enableAutoRead() {
    directory.put(Tenants.ACME.withAutoRead(true));
  }

  @Test
  void refusesAWrongSecretBeforeReadingThePayload() {
    assertThatThrownBy(() -> receive.receive(ProviderId.WHAPI, Tenants.ACME_ID, "nope", "{}"))
        .isInstanceOf(UnauthenticatedException.class);
    assertThat(raw).isEmpty();
  }

  @Test
  void appliesAStatusOnceAndCountsTheRedelivery() {
    recordSentMessage("m1", "w-1");

    ReceiveWebhook.Outcome first = deliver(read("w-1"));
    ReceiveWebhook.Outcome again = deliver(read("w-1"));

    assertThat(first).isEqualTo(new ReceiveWebhook.Outcome(1, 0, false));
    assertThat(again).isEqualTo(new ReceiveWebhook.Outcome(1, 1, false));
    assertThat(log.find(Tenants.ACME_ID, "m1").orElseThrow().history()).hasSize(1);
    assertThat(log.find(Tenants.ACME_ID, "m1").orElseThrow().status())
        .isEqualTo(DeliveryStatus.READ);
  }

  @Test
  void aDeliveryThatLosesTheRaceToAConcurrentOneIsADuplicateNotAFailure() {
    loseTheNextRace = true;

    ReceiveWebhook.Outcome outcome = deliver(read("w-9"));

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

  @Test
  void publishesANewEventOnceAndNotItsRedelivery() {
    subscribeAcmeToEverything();

    deliver(incoming("w-1", false));
    deliver(incoming("w-1", false));

    assertThat(outbox.all())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.eventType()).isEqualTo(EventType.MESSAGE_RECEIVED);
              assertThat(d.subscriptionId()).isEqualTo("sub_1");
            });
    assertThat(payloads.rendered())
        .singleElement()
        .extracting(OutboundEvent::event)
        .isEqualTo(incoming("w-1", false));
  }

  @Test
  void aReceivedMessageJoinsTheConversationsOnceAndARedeliveryDoesNot() {
    deliver(incoming("in-1", false));
    deliver(incoming("in-1", false));

    assertThat(conversations.received)
        .extracting(m -> m.message().providerMessageId())
        .containsExactly("in-1");
  }

  @Test
  void anActionOnASentMessageIsAppliedAndCarriesTheGatewaysMessageId() {
    subscribeAcmeToEverything();
    recordSentMessage("gw-7", "w-7");
    InboundEvent.MessageActed reaction =
        new InboundEvent.MessageActed(
            ProviderId.WHAPI,
            "action:r-1",
            NOW,
            Chat.of("57300@s.whatsapp.net"),
            Sender.of("57300", "Ana"),
            "w-7",
            new MessageAction.Reaction("👍", false));

    deliver(reaction);

    assertThat(conversations.actions).containsExactly(reaction);
    assertThat(payloads.rendered()).extracting(e -> e.messageId()).containsExactly("gw-7");
  }

  @Test
  void aStatusOfAMessageSentThroughTheGatewayCarriesTheGatewaysMessageId() {
    subscribeAcmeToEverything();
    recordSentMessage("m1", "w-1");

    deliver(read("w-1"), read("w-unknown"));

    assertThat(payloads.rendered())
        .extracting(OutboundEvent::messageId)
        .containsExactly("m1", null);
    assertThat(outbox.all())
        .extracting(Delivery::payload)
        .allSatisfy(payload -> assertThat(payload).contains("\"type\":\"message.status\""));
  }

  @Test
  void emulatedAutoReadMarksANewIncomingMessageRead() {
    enableAutoRead();
    whapi.emulatingAutoRead();

    deliver(incoming("w-1", false));

    assertThat(whapi.sender().reads())
        .containsExactly(new FakeMessageSender.Read(Tenants.ACME.account(), "w-1"));
    assertThat(web.sender().reads()).isEmpty();
  }

  @Test
  void emulatedAutoReadDoesNothingWhileTheTenantHasItOff() {
    whapi.emulatingAutoRead();

    deliver(incoming("w-1", false));

    assertThat(whapi.sender().reads()).isEmpty();
  }

  @Test
  void emulatedAutoReadLeavesMessagesSentFromThePhoneAndStatusesAlone() {
    enableAutoRead();
    whapi.emulatingAutoRead();

    deliver(incoming("w-1", true), read("w-2"), incoming("w-3", false));

    assertThat(whapi.sender().reads())
        .extracting(FakeMessageSender.Read::providerMessageId)
        .containsExactly("w-3");
  }

  @Test
  void emulatedAutoReadDoesNotMarkARedeliveredMessageAgain() {
    enableAutoRead();
    whapi.emulatingAutoRead();

    deliver(incoming("w-1", false));
    deliver(incoming("w-1", false));

    assertThat(whapi.sender().reads()).hasSize(1);
  }

  @Test
  void aProviderWithItsOwnAutoReadSettingIsNotAskedToMarkMessagesRead() {
    enableAutoRead();

    deliver(incoming("w-1", false));

    assertThat(whapi.sender().reads()).isEmpty();
  }

  @Test
  void aWebhookFromTheTenantsPreviousProviderIsNotMarkedRead() {
    directory.put(Tenants.acmeOnApiWhatsAppWeb().withAutoRead(true));
    whapi.emulatingAutoRead();
    web.emulatingAutoRead();

    ReceiveWebhook.Outcome outcome = deliver(incoming("w-1", false));

    assertThat(outcome).isEqualTo(new ReceiveWebhook.Outcome(1, 0, false));
    assertThat(whapi.sender().reads()).isEmpty();
    assertThat(web.sender().reads()).isEmpty();
  }

  @Test
  void aFailingMarkReadDoesNotFailTheWebhook() {
    subscribeAcmeToEverything();
    enableAutoRead();
    whapi.emulatingAutoRead();
    whapi.sender().failMarkReadWith(ProviderException.unavailable(Tenants.ACME.account(), null));

    ReceiveWebhook.Outcome outcome = deliver(incoming("w-1", false), incoming("w-2", false));

    assertThat(outcome).isEqualTo(new ReceiveWebhook.Outcome(2, 0, false));
    assertThat(whapi.sender().reads())
        .extracting(FakeMessageSender.Read::providerMessageId)
        .containsExactly("w-1", "w-2");
    assertThat(outbox.all()).hasSize(2);
    assertThat(deliver(incoming("w-1", false))).isEqualTo(new ReceiveWebhook.Outcome(1, 1, false));
  }
}
