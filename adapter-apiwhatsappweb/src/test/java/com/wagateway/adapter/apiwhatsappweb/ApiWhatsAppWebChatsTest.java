package com.wagateway.adapter.apiwhatsappweb;

import static com.wagateway.adapter.apiwhatsappweb.ProviderStub.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.chat.DisappearingTimer;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** API WhatsApp Web has no chat listing or settings: it declares none, and refuses every call. */
class ApiWhatsAppWebChatsTest {
  private static final String CHAT = "573001234567@s.whatsapp.net";
  private final ApiWhatsAppWebChats chats = new ApiWhatsAppWebChats();

  @Test
  void declaresNoChatOperation() {
    assertThat(chats.provider()).isEqualTo(ProviderId.APIWHATSAPPWEB);
    assertThat(chats.supportedOperations()).isEmpty();
  }

  @Test
  void refusesEveryCallAsUnsupported() {
    refuses(() -> chats.list(ACCOUNT, 0, 10), Operation.CHATS_LIST);
    refuses(() -> chats.get(ACCOUNT, CHAT), Operation.CHATS_GET);
    refuses(() -> chats.archive(ACCOUNT, CHAT, true), Operation.CHATS_ARCHIVE);
    refuses(() -> chats.pin(ACCOUNT, CHAT, true), Operation.CHATS_PIN);
    refuses(() -> chats.mute(ACCOUNT, CHAT, Instant.EPOCH), Operation.CHATS_MUTE);
    refuses(() -> chats.unmute(ACCOUNT, CHAT), Operation.CHATS_MUTE);
    refuses(() -> chats.markUnread(ACCOUNT, CHAT), Operation.CHATS_UNREAD);
    refuses(
        () -> chats.setDisappearing(ACCOUNT, CHAT, DisappearingTimer.DAY),
        Operation.CHATS_DISAPPEARING);
    refuses(() -> chats.delete(ACCOUNT, CHAT), Operation.CHATS_DELETE);
  }

  private static void refuses(ThrowingCallable call, Operation operation) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> {
              assertThat(e.operation()).isEqualTo(operation);
              assertThat(e.getMessage()).contains("no chat listing");
            });
  }
}
