package com.wagateway.application.messaging;

import static com.wagateway.application.fake.Tenants.ACME;
import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.GLOBEX;
import static com.wagateway.application.fake.Tenants.GLOBEX_ID;
import static com.wagateway.application.fake.Tenants.UNKNOWN_ID;
import static com.wagateway.domain.model.ProviderId.APIWHATSAPPWEB;
import static com.wagateway.domain.model.ProviderId.WHAPI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.FakeMessageSender;
import com.wagateway.application.fake.FakeProvider;
import com.wagateway.application.fake.InMemoryIdempotencyStore;
import com.wagateway.application.fake.InMemoryMessageLog;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.fake.Tenants;
import com.wagateway.application.port.SendRateLimit;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.Event;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.port.Completions;
import com.wagateway.domain.port.Operation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SendMessageTest {
  private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
  private static final UUID FIRST_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
  private static final UUID SECOND_ID = UUID.fromString("00000000-0000-4000-8000-000000000002");

  private final FakeProvider whapi = FakeProvider.supportingEverything(WHAPI);
  private final FakeProvider web =
      FakeProvider.supporting(APIWHATSAPPWEB, EnumSet.of(Operation.SEND_TEXT));
  private final InMemoryTenantDirectory directory = new InMemoryTenantDirectory(ACME, GLOBEX);
  private final Queue<UUID> ids = new ArrayDeque<>(List.of(FIRST_ID, SECOND_ID));
  private final InMemoryMessageLog messageLog = new InMemoryMessageLog();
  private final SendMessage sendMessage =
      new SendMessage(
          new TenantResolver(directory),
          FakeProvider.router(whapi, web),
          messageLog,
          new InMemoryIdempotencyStore(),
          Clock.fixed(NOW, ZoneOffset.UTC),
          ids::remove);

  private static OutboundMessage text(String to) {
    return new OutboundMessage(Recipient.parse(to), new MessageContent.Text("Hola", null, null));
  }

  private static OutboundMessage poll(String to) {
    return new OutboundMessage(
        Recipient.parse(to), new MessageContent.Poll("Lunch?", List.of("Pizza", "Sushi"), 1));
  }

  @Test
  void callsTheProviderOnlyOnceTheAttemptIsCommittedWithoutHoldingTheCaller() {
    CompletableFuture<Void> committed = messageLog.holdAttempts();

    CompletableFuture<MessageReceipt> sent =
        sendMessage.send(ACME_ID, text("+573001234567")).toCompletableFuture();

    assertThat(sent).isNotDone();
    assertThat(whapi.sender().calls()).isEmpty();
    committed.complete(null);
    assertThat(sent).isCompletedWithValueMatching(r -> r.id().equals(FIRST_ID.toString()));
    assertThat(whapi.sender().calls()).hasSize(1);
  }

  @Test
  void neverCallsTheProviderWhenTheAttemptCannotBeRecorded() {
    messageLog.holdAttempts().completeExceptionally(new IllegalStateException("database down"));

    assertThatThrownBy(() -> Completions.join(sendMessage.send(ACME_ID, text("+573001234567"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("database down");
    assertThat(whapi.sender().calls()).isEmpty();
    assertThat(messageLog.find(ACME_ID, FIRST_ID.toString()))
        .get()
        .extracting(MessageRecord::status)
        .as("no outcome is recorded for a send that never happened")
        .isEqualTo(DeliveryStatus.ACCEPTED);
  }

  @Test
  void handsOnlyKeyedSendsToTheBlockingExecutor() {
    List<Runnable> handedOff = new ArrayList<>();
    SendMessage send =
        new SendMessage(
            new TenantResolver(directory),
            FakeProvider.router(whapi, web),
            messageLog,
            new InMemoryIdempotencyStore(),
            SendRateLimit.UNLIMITED,
            handedOff::add,
            Clock.fixed(NOW, ZoneOffset.UTC),
            ids::remove);

    CompletableFuture<MessageReceipt> plain =
        send.send(ACME_ID, text("+573001234567"), null).toCompletableFuture();
    assertThat(plain).isCompleted();
    assertThat(handedOff).isEmpty();

    CompletableFuture<MessageReceipt> keyed =
        send.send(ACME_ID, text("+573001234567"), "order-1").toCompletableFuture();
    assertThat(keyed).isNotDone();
    assertThat(whapi.sender().calls()).hasSize(1);
    assertThat(handedOff).hasSize(1);

    handedOff.get(0).run();
    assertThat(keyed).isCompletedWithValueMatching(r -> r.id().equals(SECOND_ID.toString()));
    assertThat(whapi.sender().calls()).hasSize(2);
  }

  @Test
  void returnsAReceiptBuiltFromTheProvidersAnswer() {
    whapi.sender().answering(new SentMessage("wamid.HBgM", DeliveryStatus.ACCEPTED));

    MessageReceipt receipt =
        Completions.join(sendMessage.send(ACME_ID, text("+57 (300) 123-4567")));

    assertThat(receipt)
        .isEqualTo(
            new MessageReceipt(
                FIRST_ID.toString(),
                "wamid.HBgM",
                WHAPI,
                ACME_ID,
                "573001234567",
                MessageType.TEXT,
                DeliveryStatus.ACCEPTED,
                NOW));
  }

  @Test
  void takesAFreshIdForEveryMessage() {
    MessageReceipt first = Completions.join(sendMessage.send(ACME_ID, text("+573001234567")));
    MessageReceipt second = Completions.join(sendMessage.send(ACME_ID, text("+573001234567")));

    assertThat(first.id()).isEqualTo(FIRST_ID.toString());
    assertThat(second.id()).isEqualTo(SECOND_ID.toString());
  }

  @Test
  void handsTheMessageAndTheTenantsAccountToTheSender() {
    OutboundMessage message = text("+573001234567");

    Completions.join(sendMessage.send(ACME_ID, message));

    assertThat(whapi.sender().calls())
        .containsExactly(new FakeMessageSender.Sent(ACME.account(), message));
    assertThat(web.sender().calls()).isEmpty();
  }

  @Test
  void sendsThroughTheProviderOfEachTenant() {
    MessageReceipt receipt = Completions.join(sendMessage.send(GLOBEX_ID, text("+573001234567")));

    assertThat(receipt.provider()).isEqualTo(APIWHATSAPPWEB);
    assertThat(receipt.tenantId()).isEqualTo(GLOBEX_ID);
    assertThat(receipt.providerMessageId()).isEqualTo("apiwhatsappweb-message-1");
    assertThat(receipt.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(web.sender().calls()).hasSize(1);
    assertThat(whapi.sender().calls()).isEmpty();
  }

  @Test
  void sendsThroughTheNewProviderOnceATenantSwitches() {
    Completions.join(sendMessage.send(ACME_ID, text("+573001234567")));
    directory.put(Tenants.acmeOnApiWhatsAppWeb());

    MessageReceipt receipt = Completions.join(sendMessage.send(ACME_ID, text("+573001234567")));

    assertThat(receipt.provider()).isEqualTo(APIWHATSAPPWEB);
    assertThat(whapi.sender().calls()).hasSize(1);
    assertThat(web.sender().calls()).hasSize(1);
    assertThat(web.sender().calls().get(0).account())
        .isEqualTo(Tenants.acmeOnApiWhatsAppWeb().account());
  }

  @Test
  void reportsTheChatIdOfAGroupRecipient() {
    MessageReceipt receipt =
        Completions.join(sendMessage.send(ACME_ID, text("120363025343298765@G.US")));

    assertThat(receipt.to()).isEqualTo("120363025343298765@g.us");
  }

  @Test
  void reportsTheTypeOfTheContent() {
    assertThat(Completions.join(sendMessage.send(ACME_ID, poll("+573001234567"))).type())
        .isEqualTo(MessageType.POLL);
  }

  @Test
  void routesALaterTypeByItsOwnCapability() {
    var event =
        new OutboundMessage(
            Recipient.parse("120363025343298765@g.us"),
            new Event("Opening", null, NOW.plusSeconds(3600), null, null));

    assertThat(Completions.join(sendMessage.send(ACME_ID, event)).type())
        .isEqualTo(MessageType.EVENT);
    assertThat(whapi.sender().calls()).hasSize(1);
    assertThatThrownBy(() -> Completions.join(sendMessage.send(GLOBEX_ID, event)))
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.SEND_EVENT));
    assertThat(web.sender().calls()).isEmpty();
  }

  @Test
  void refusesAnUnknownTenantWithoutSending() {
    assertThatThrownBy(() -> Completions.join(sendMessage.send(UNKNOWN_ID, text("+573001234567"))))
        .isInstanceOf(TenantNotFoundException.class);
    assertThat(whapi.sender().calls()).isEmpty();
    assertThat(web.sender().calls()).isEmpty();
    assertThat(ids).hasSize(2);
  }

  @Test
  void refusesATypeTheProviderCannotSendBeforeSendingAnything() {
    assertThatThrownBy(() -> Completions.join(sendMessage.send(GLOBEX_ID, poll("+573001234567"))))
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.CAPABILITY_NOT_SUPPORTED);
              assertThat(e.operation()).isEqualTo(Operation.SEND_POLL);
              assertThat(e.provider()).contains(APIWHATSAPPWEB);
              assertThat(e.tenantId()).contains(GLOBEX_ID);
            });
    assertThat(web.sender().calls()).isEmpty();
    assertThat(ids).hasSize(2);
  }
}
