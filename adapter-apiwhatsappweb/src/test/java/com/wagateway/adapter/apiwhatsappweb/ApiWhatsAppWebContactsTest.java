package com.wagateway.adapter.apiwhatsappweb;

import static com.wagateway.adapter.apiwhatsappweb.ProviderStub.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** API WhatsApp Web has no address book: it declares none, and refuses every call, naming why. */
class ApiWhatsAppWebContactsTest {
  private static final ContactId ANA = new ContactId("573001234567");
  private final ApiWhatsAppWebContacts contacts = new ApiWhatsAppWebContacts();

  @Test
  void declaresNoContactOperation() {
    assertThat(contacts.provider()).isEqualTo(ProviderId.APIWHATSAPPWEB);
    assertThat(contacts.supportedOperations()).isEmpty();
  }

  @Test
  void refusesEveryCallAsUnsupported() {
    refuses(() -> contacts.list(ACCOUNT, 0, 10), Operation.CONTACTS_LIST);
    refuses(() -> contacts.get(ACCOUNT, ANA), Operation.CONTACTS_READ);
    refuses(() -> contacts.profile(ACCOUNT, ANA), Operation.CONTACTS_READ);
    refuses(() -> contacts.linkedId(ACCOUNT, ANA), Operation.CONTACTS_READ);
    refuses(() -> contacts.blocked(ACCOUNT), Operation.CONTACTS_BLOCKED);
    refuses(() -> contacts.block(ACCOUNT, ANA), Operation.CONTACTS_BLOCK);
    refuses(() -> contacts.unblock(ACCOUNT, ANA), Operation.CONTACTS_UNBLOCK);
  }

  private static void refuses(ThrowingCallable call, Operation operation) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> {
              assertThat(e.operation()).isEqualTo(operation);
              assertThat(e.getMessage()).contains("no address book");
            });
  }
}
