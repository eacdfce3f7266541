package com.wagateway.adapter.apiwhatsappweb;

import static com.wagateway.adapter.apiwhatsappweb.ProviderStub.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.presence.OwnPresence;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** API WhatsApp Web has no presence or account operations: it declares none, and refuses calls. */
class ApiWhatsAppWebPresenceAndAccountTest {
  private static final String CHAT = "573001234567@s.whatsapp.net";
  private final ApiWhatsAppWebPresences presences = new ApiWhatsAppWebPresences();
  private final ApiWhatsAppWebAccount account = new ApiWhatsAppWebAccount();

  @Test
  void declaresNoPresenceOrAccountOperation() {
    assertThat(presences.provider()).isEqualTo(ProviderId.APIWHATSAPPWEB);
    assertThat(account.provider()).isEqualTo(ProviderId.APIWHATSAPPWEB);
    assertThat(presences.supportedOperations()).isEmpty();
    assertThat(account.supportedOperations()).isEmpty();
  }

  @Test
  void refusesEveryCallAsUnsupported() {
    refuses(() -> presences.setOwn(ACCOUNT, OwnPresence.ONLINE), Operation.PRESENCE_OWN);
    refuses(() -> presences.get(ACCOUNT, CHAT), Operation.PRESENCE_READ);
    refuses(() -> presences.subscribe(ACCOUNT, CHAT), Operation.PRESENCE_SUBSCRIBE);
    refuses(
        () -> account.pairingCode(ACCOUNT, new ContactId("573001234567")),
        Operation.ACCOUNT_PAIRING_CODE);
    refuses(() -> account.setAbout(ACCOUNT, "hi"), Operation.ACCOUNT_ABOUT);
    refuses(() -> account.info(ACCOUNT), Operation.ACCOUNT_INFO);
  }

  private static void refuses(ThrowingCallable call, Operation operation) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> {
              assertThat(e.operation()).isEqualTo(operation);
              assertThat(e.getMessage()).contains("API WhatsApp Web has no");
            });
  }
}
