package com.wagateway.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.FakeProvider;
import com.wagateway.application.fake.InMemoryConversationLog;
import com.wagateway.application.fake.InMemoryMessageLog;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.fake.Tenants;
import com.wagateway.application.messaging.MessageRecord;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.conversation.NumberCheck;
import com.wagateway.domain.conversation.Presence;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.event.Chat;
import com.wagateway.domain.event.InboundEvent.MessageReceived;
import com.wagateway.domain.event.ReceivedContent;
import com.wagateway.domain.event.ReceivedMessage;
import com.wagateway.domain.event.ReceivedType;
import com.wagateway.domain.event.Sender;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Completions;
import com.wagateway.domain.port.Operation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActOnConversationsTest {
  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  private static final String CHAT = "573001234567@s.whatsapp.net";

  private final InMemoryTenantDirectory directory = new InMemoryTenantDirectory(Tenants.ACME);
  private final FakeProvider whapi = FakeProvider.supportingEverything(ProviderId.WHAPI);
  private final FakeProvider web =
      FakeProvider.supporting(ProviderId.APIWHATSAPPWEB, EnumSet.of(Operation.SEND_TEXT));
  private final InMemoryConversationLog conversations = new InMemoryConversationLog();
  private final InMemoryMessageLog messages = new InMemoryMessageLog();
  private final ActOnConversations act =
      new ActOnConversations(
          new TenantResolver(directory),
          FakeProvider.router(whapi, web),
          conversations,
          messages,
          Clock.fixed(NOW, ZoneOffset.UTC));

  private void received(String providerId) {
    conversations.recordReceived(
        Tenants.ACME_ID,
        new MessageReceived(
            ProviderId.WHAPI,
            "k:" + providerId,
            NOW,
            new ReceivedMessage(
                providerId,
                Chat.of(CHAT),
                Sender.of("573001234567", "Ana"),
                false,
                false,
                List.of(),
                null,
                ReceivedType.TEXT,
                ReceivedContent.text("hi"),
                null)),
        NOW);
  }

  private void sent(String id, String providerMessageId) {
    Completions.join(
        messages.recordAttempt(
            new MessageRecord(
                id,
                Tenants.ACME_ID,
                ProviderId.WHAPI,
                null,
                "573001234567",
                MessageType.TEXT,
                DeliveryStatus.ACCEPTED,
                NOW,
                NOW,
                null,
                null,
                List.of())));
    if (providerMessageId != null) {
      Completions.join(
          messages.recordOutcome(id, providerMessageId, DeliveryStatus.SENT, null, null, NOW));
    }
  }

  private static ErrorCode codeOf(Runnable call) {
    GatewayException[] thrown = new GatewayException[1];
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(GatewayException.class, e -> thrown[0] = e);
    return thrown[0].code();
  }

  @Test
  void marksAReceivedMessageReadAtTheProviderThenInTheLog() {
    received("w-in-1");

    act.markRead(Tenants.ACME_ID, "w-in-1");

    assertThat(whapi.conversations().calls()).containsExactly("markRead:w-in-1");
    assertThat(conversations.read).containsExactly("w-in-1");
  }

  @Test
  void anUnknownReceivedMessageIsNotFoundAndTheProviderIsNotCalled() {
    assertThat(codeOf(() -> act.markRead(Tenants.ACME_ID, "nope"))).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(whapi.conversations().calls()).isEmpty();
  }

  @Test
  void marksAChatReadAtTheProviderThenInTheLog() {
    act.markChatRead(Tenants.ACME_ID, CHAT);

    assertThat(whapi.conversations().calls()).containsExactly("markChatRead:" + CHAT);
    assertThat(conversations.read).containsExactly("chat:" + CHAT);
  }

  @Test
  void aProviderWithoutTheActionIsRefusedBeforeAnyCall() {
    directory.put(Tenants.acmeOnApiWhatsAppWeb());

    assertThatThrownBy(() -> act.markChatRead(Tenants.ACME_ID, CHAT))
        .isInstanceOf(CapabilityNotSupportedException.class);
    assertThatThrownBy(() -> act.checkNumbers(Tenants.ACME_ID, List.of("+573001234567")))
        .isInstanceOf(CapabilityNotSupportedException.class);
    assertThat(web.conversations().calls()).isEmpty();
    assertThat(conversations.read).isEmpty();
  }

  @Test
  void sendsPresenceForAtMostAMinute() {
    act.sendPresence(Tenants.ACME_ID, CHAT, Presence.RECORDING, 60);

    assertThat(whapi.conversations().calls()).containsExactly("presence:" + CHAT + ":RECORDING:60");
    assertThatThrownBy(() -> act.sendPresence(Tenants.ACME_ID, CHAT, Presence.TYPING, 61))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("seconds"));
  }

  @Test
  void deletesASentMessageByItsProviderId() {
    sent("gw-1", "w-out-1");

    act.deleteSent(Tenants.ACME_ID, "gw-1");

    assertThat(whapi.conversations().calls()).containsExactly("delete:w-out-1");
  }

  @Test
  void aSentMessageThatNeverReachedTheProviderCannotBeDeleted() {
    sent("gw-2", null);

    assertThat(codeOf(() -> act.deleteSent(Tenants.ACME_ID, "gw-2")))
        .isEqualTo(ErrorCode.INSTANCE_STATE_CONFLICT);
    assertThat(codeOf(() -> act.deleteSent(Tenants.ACME_ID, "unknown")))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(whapi.conversations().calls()).isEmpty();
  }

  @Test
  void checksNumbersGivenInAnyFormASendAccepts() {
    List<NumberCheck> checks =
        act.checkNumbers(Tenants.ACME_ID, List.of("+57 (300) 123-4567", "4915112345678"));

    assertThat(checks)
        .extracting(NumberCheck::input)
        .containsExactly("573001234567", "4915112345678");
  }

  @Test
  void refusesAChatIdOrGarbageAmongTheNumbersAndMoreThanFifty() {
    for (String bad : List.of("573001234567@s.whatsapp.net", "call me", "12")) {
      assertThatThrownBy(() -> act.checkNumbers(Tenants.ACME_ID, List.of(bad)))
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("phones"));
    }
    assertThatThrownBy(
            () -> act.checkNumbers(Tenants.ACME_ID, Collections.nCopies(51, "573001234567")))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("phones"));
    assertThat(whapi.conversations().calls()).isEmpty();
  }
}
