package com.wagateway.application.chat;

import static com.wagateway.application.fake.Tenants.ACME;
import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.GLOBEX;
import static com.wagateway.application.fake.Tenants.GLOBEX_ID;
import static com.wagateway.domain.model.ProviderId.APIWHATSAPPWEB;
import static com.wagateway.domain.model.ProviderId.WHAPI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.FakeProvider;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.paging.Page;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.chat.DisappearingTimer;
import com.wagateway.domain.chat.ProviderChat;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.port.Operation;
import java.time.Instant;
import java.util.EnumSet;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ManageChatsTest {
  private static final String CHAT = "573001234567@s.whatsapp.net";
  private static final Instant UNTIL = Instant.parse("2027-05-14T10:00:00Z");

  private final FakeProvider whapi = FakeProvider.supportingEverything(WHAPI);
  private final FakeProvider web =
      FakeProvider.supporting(APIWHATSAPPWEB, EnumSet.of(Operation.SEND_TEXT));
  private final ManageChats chats =
      new ManageChats(
          new TenantResolver(new InMemoryTenantDirectory(ACME, GLOBEX)),
          FakeProvider.router(whapi, web));

  @Test
  void pagesThroughTheProvidersChatsByPosition() {
    whapi.chats().add("1@s.whatsapp.net");
    whapi.chats().add("2@s.whatsapp.net");
    whapi.chats().add("3@s.whatsapp.net");

    Page<ProviderChat> first = chats.list(ACME_ID, null, 2);
    Page<ProviderChat> second = chats.list(ACME_ID, first.nextCursor(), 2);

    assertThat(first.items()).extracting(ProviderChat::chatId).hasSize(2);
    assertThat(second.items()).extracting(ProviderChat::chatId).containsExactly("3@s.whatsapp.net");
    assertThat(second.nextCursor()).isNull();
    assertThatThrownBy(() -> chats.list(ACME_ID, null, ManageChats.MAX_PAGE + 1))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void passesEachChangeToTheTenantsProvider() {
    whapi.chats().add(CHAT);
    chats.archive(ACME_ID, CHAT, true);
    chats.pin(ACME_ID, CHAT, false);
    chats.mute(ACME_ID, CHAT, UNTIL);
    chats.unmute(ACME_ID, CHAT);
    chats.markUnread(ACME_ID, CHAT);
    chats.setDisappearing(ACME_ID, CHAT, DisappearingTimer.WEEK);
    chats.delete(ACME_ID, CHAT);

    assertThat(chats.get(ACME_ID, CHAT).chatId()).isEqualTo(CHAT);
    assertThat(whapi.chats().changes())
        .containsExactly(
            "archive " + CHAT + " true",
            "pin " + CHAT + " false",
            "mute " + CHAT + " " + UNTIL,
            "unmute " + CHAT,
            "unread " + CHAT,
            "disappearing " + CHAT + " week",
            "delete " + CHAT);
  }

  @Test
  void refusesEveryOperationBeforeAnyCallWhenTheProviderHasNoChats() {
    refused(() -> chats.list(GLOBEX_ID, null, 10), Operation.CHATS_LIST);
    refused(() -> chats.get(GLOBEX_ID, CHAT), Operation.CHATS_GET);
    refused(() -> chats.archive(GLOBEX_ID, CHAT, true), Operation.CHATS_ARCHIVE);
    refused(() -> chats.pin(GLOBEX_ID, CHAT, true), Operation.CHATS_PIN);
    refused(() -> chats.mute(GLOBEX_ID, CHAT, UNTIL), Operation.CHATS_MUTE);
    refused(() -> chats.unmute(GLOBEX_ID, CHAT), Operation.CHATS_MUTE);
    refused(() -> chats.markUnread(GLOBEX_ID, CHAT), Operation.CHATS_UNREAD);
    refused(
        () -> chats.setDisappearing(GLOBEX_ID, CHAT, DisappearingTimer.OFF),
        Operation.CHATS_DISAPPEARING);
    refused(() -> chats.delete(GLOBEX_ID, CHAT), Operation.CHATS_DELETE);

    assertThat(web.chats().calls()).isZero();
  }

  private static void refused(ThrowingCallable call, Operation operation) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(operation));
  }
}
