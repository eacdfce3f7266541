package com.wagateway.application.providermessage;

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
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.RateLimitedException;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.providermessage.HistoryFilter;
import com.wagateway.domain.providermessage.PinDuration;
import com.wagateway.domain.providermessage.ProviderMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ManageProviderMessagesTest {
  private static final String CHAT = "573001234567@s.whatsapp.net";
  private static final String OTHER_CHAT = "573009999999@s.whatsapp.net";
  private static final String ID = "PsobWy36679._7w-wKmB9tMeGQ";

  private final FakeProvider whapi = FakeProvider.supportingEverything(WHAPI);
  private final FakeProvider web =
      FakeProvider.supporting(APIWHATSAPPWEB, EnumSet.of(Operation.SEND_TEXT));
  private final List<TenantId> sends = new ArrayList<>();
  private final ManageProviderMessages messages =
      new ManageProviderMessages(
          new TenantResolver(new InMemoryTenantDirectory(ACME, GLOBEX)),
          FakeProvider.router(whapi, web),
          sends::add);

  @Test
  void pagesThroughTheHistoryOfOneChatOrEveryChatByPosition() {
    whapi.providerMessages().add("m1", CHAT);
    whapi.providerMessages().add("m2", OTHER_CHAT);
    whapi.providerMessages().add("m3", CHAT);

    Page<ProviderMessage> first = messages.list(ACME_ID, HistoryFilter.everything(), null, 2);
    Page<ProviderMessage> second =
        messages.list(ACME_ID, HistoryFilter.everything(), first.nextCursor(), 2);
    Page<ProviderMessage> oneChat =
        messages.list(ACME_ID, new HistoryFilter(CHAT, null, null), null, 10);

    assertThat(first.items()).extracting(ProviderMessage::id).containsExactly("m1", "m2");
    assertThat(second.items()).extracting(ProviderMessage::id).containsExactly("m3");
    assertThat(second.nextCursor()).isNull();
    assertThat(oneChat.items()).extracting(ProviderMessage::id).containsExactly("m1", "m3");
    assertThatThrownBy(
            () ->
                messages.list(
                    ACME_ID, HistoryFilter.everything(), null, ManageProviderMessages.MAX_PAGE + 1))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void passesEachActionToTheTenantsProvider() {
    whapi.providerMessages().add(ID, CHAT);

    assertThat(messages.get(ACME_ID, ID).chatId()).isEqualTo(CHAT);
    assertThat(messages.forward(ACME_ID, ID, OTHER_CHAT).providerMessageId())
        .isEqualTo("forwarded-" + ID);
    messages.star(ACME_ID, ID, true);
    messages.star(ACME_ID, ID, false);
    messages.pin(ACME_ID, ID, PinDuration.WEEK);
    messages.unpin(ACME_ID, ID);
    messages.removeReaction(ACME_ID, ID);

    assertThat(whapi.providerMessages().actions())
        .containsExactly(
            "forward " + ID + " " + OTHER_CHAT,
            "star " + ID + " true",
            "star " + ID + " false",
            "pin " + ID + " week",
            "unpin " + ID,
            "unreact " + ID);
    assertThat(sends)
        .as("one send taken from the allowance, by the forward")
        .containsExactly(ACME_ID);
  }

  @Test
  void aForwardPastTheSendAllowanceIsRefusedBeforeAnyCall() {
    ManageProviderMessages limited =
        new ManageProviderMessages(
            new TenantResolver(new InMemoryTenantDirectory(ACME, GLOBEX)),
            FakeProvider.router(whapi, web),
            tenant -> {
              throw new RateLimitedException(tenant, Duration.ofSeconds(1));
            });

    assertThatThrownBy(() -> limited.forward(ACME_ID, ID, CHAT))
        .isInstanceOf(RateLimitedException.class);
    assertThat(whapi.providerMessages().calls()).isZero();
  }

  @Test
  void refusesEveryOperationBeforeAnyCallWhenTheProviderKeepsNoHistory() {
    refused(
        () -> messages.list(GLOBEX_ID, HistoryFilter.everything(), null, 10),
        Operation.PROVIDER_MESSAGES_LIST);
    refused(() -> messages.get(GLOBEX_ID, ID), Operation.PROVIDER_MESSAGES_GET);
    refused(() -> messages.forward(GLOBEX_ID, ID, CHAT), Operation.PROVIDER_MESSAGES_FORWARD);
    refused(() -> messages.star(GLOBEX_ID, ID, true), Operation.PROVIDER_MESSAGES_STAR);
    refused(() -> messages.pin(GLOBEX_ID, ID, PinDuration.DAY), Operation.PROVIDER_MESSAGES_PIN);
    refused(() -> messages.unpin(GLOBEX_ID, ID), Operation.PROVIDER_MESSAGES_PIN);
    refused(() -> messages.removeReaction(GLOBEX_ID, ID), Operation.PROVIDER_MESSAGES_UNREACT);

    assertThat(web.providerMessages().calls()).isZero();
    assertThat(sends).as("a refused forward takes nothing from the allowance").isEmpty();
  }

  @Test
  void aWindowThatEndsBeforeItStartsIsRefusedNamingSince() {
    assertThatThrownBy(
            () ->
                new HistoryFilter(
                    null,
                    Instant.parse("2026-03-02T00:00:00Z"),
                    Instant.parse("2026-03-01T00:00:00Z")))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("since"));
  }

  private static void refused(ThrowingCallable call, Operation operation) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(operation));
  }
}
