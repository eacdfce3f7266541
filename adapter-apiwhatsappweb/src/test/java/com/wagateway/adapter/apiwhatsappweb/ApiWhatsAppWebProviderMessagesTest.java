package com.wagateway.adapter.apiwhatsappweb;

import static com.wagateway.adapter.apiwhatsappweb.ProviderStub.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.providermessage.HistoryFilter;
import com.wagateway.domain.providermessage.PinDuration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** API WhatsApp Web keeps no message history: it declares none, and refuses every call. */
class ApiWhatsAppWebProviderMessagesTest {
  private static final String ID = "PsobWy36679._7w-wKmB9tMeGQ";
  private final ApiWhatsAppWebProviderMessages messages = new ApiWhatsAppWebProviderMessages();

  @Test
  void declaresNoProviderMessageOperation() {
    assertThat(messages.provider()).isEqualTo(ProviderId.APIWHATSAPPWEB);
    assertThat(messages.supportedOperations()).isEmpty();
  }

  @Test
  void refusesEveryCallAsUnsupported() {
    refuses(
        () -> messages.list(ACCOUNT, HistoryFilter.everything(), 0, 10),
        Operation.PROVIDER_MESSAGES_LIST);
    refuses(() -> messages.get(ACCOUNT, ID), Operation.PROVIDER_MESSAGES_GET);
    refuses(
        () -> messages.forward(ACCOUNT, ID, "573001234567@s.whatsapp.net"),
        Operation.PROVIDER_MESSAGES_FORWARD);
    refuses(() -> messages.star(ACCOUNT, ID, true), Operation.PROVIDER_MESSAGES_STAR);
    refuses(() -> messages.pin(ACCOUNT, ID, PinDuration.DAY), Operation.PROVIDER_MESSAGES_PIN);
    refuses(() -> messages.unpin(ACCOUNT, ID), Operation.PROVIDER_MESSAGES_PIN);
    refuses(() -> messages.removeReaction(ACCOUNT, ID), Operation.PROVIDER_MESSAGES_UNREACT);
  }

  private static void refuses(ThrowingCallable call, Operation operation) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> {
              assertThat(e.operation()).isEqualTo(operation);
              assertThat(e.getMessage()).contains("no message history");
            });
  }
}
