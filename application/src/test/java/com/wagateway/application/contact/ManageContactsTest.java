package com.wagateway.application.contact;

import static com.wagateway.application.fake.Tenants.ACME;
import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.GLOBEX;
import static com.wagateway.application.fake.Tenants.GLOBEX_ID;
import static com.wagateway.application.fake.Tenants.UNKNOWN_ID;
import static com.wagateway.domain.model.ProviderId.APIWHATSAPPWEB;
import static com.wagateway.domain.model.ProviderId.WHAPI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.FakeProvider;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.paging.Page;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.contact.Contact;
import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.port.Operation;
import java.util.EnumSet;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ManageContactsTest {
  private static final ContactId ANA = new ContactId("573001234567");

  private final FakeProvider whapi = FakeProvider.supportingEverything(WHAPI);
  private final FakeProvider web =
      FakeProvider.supporting(APIWHATSAPPWEB, EnumSet.of(Operation.SEND_TEXT));
  private final ManageContacts contacts =
      new ManageContacts(
          new TenantResolver(new InMemoryTenantDirectory(ACME, GLOBEX)),
          FakeProvider.router(whapi, web));

  @Test
  void pagesTheAddressBookWithCursorsOverTheProvidersOffsets() {
    whapi.contacts().with("573001234567", "573001234568", "573001234569");

    Page<Contact> first = contacts.list(ACME_ID, null, 2);
    Page<Contact> last = contacts.list(ACME_ID, first.nextCursor(), 2);

    assertThat(first.items())
        .extracting(Contact::contactId)
        .containsExactly("573001234567", "573001234568");
    assertThat(last.items()).extracting(Contact::contactId).containsExactly("573001234569");
    assertThat(last.nextCursor()).isNull();
  }

  @Test
  void refusesALimitOverTheMaximumAndACursorItDidNotReturn() {
    assertThatThrownBy(() -> contacts.list(ACME_ID, null, ManageContacts.MAX_PAGE + 1))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    assertThatThrownBy(() -> contacts.list(ACME_ID, "bm90LWEtbnVtYmVy", 10))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    assertThat(whapi.contacts().calls()).isZero();
  }

  @Test
  void readsAContactItsProfileAndItsLinkedIdThroughTheTenantsProvider() {
    whapi.contacts().with(ANA.value());

    assertThat(contacts.get(ACME_ID, ANA).name()).isEqualTo("Contact 573001234567");
    assertThat(contacts.profile(ACME_ID, ANA).name()).isEqualTo("Contact 573001234567");
    assertThat(contacts.linkedId(ACME_ID, ANA)).isEqualTo("573001234567@lid");
  }

  @Test
  void blocksAndUnblocksAUser() {
    contacts.block(ACME_ID, ANA);
    assertThat(contacts.blocked(ACME_ID)).containsExactly(ANA.value());

    contacts.unblock(ACME_ID, ANA);
    assertThat(contacts.blocked(ACME_ID)).isEmpty();
  }

  @Test
  void refusesEveryOperationBeforeAnyCallWhenTheProviderHasNoContacts() {
    refused(() -> contacts.list(GLOBEX_ID, null, 10), Operation.CONTACTS_LIST);
    refused(() -> contacts.get(GLOBEX_ID, ANA), Operation.CONTACTS_READ);
    refused(() -> contacts.profile(GLOBEX_ID, ANA), Operation.CONTACTS_READ);
    refused(() -> contacts.linkedId(GLOBEX_ID, ANA), Operation.CONTACTS_READ);
    refused(() -> contacts.blocked(GLOBEX_ID), Operation.CONTACTS_BLOCKED);
    refused(() -> contacts.block(GLOBEX_ID, ANA), Operation.CONTACTS_BLOCK);
    refused(() -> contacts.unblock(GLOBEX_ID, ANA), Operation.CONTACTS_UNBLOCK);

    assertThat(web.contacts().calls()).isZero();
  }

  private static void refused(ThrowingCallable call, Operation operation) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(operation));
  }

  @Test
  void passesTheProvidersNotFoundOn() {
    assertThatThrownBy(() -> contacts.get(ACME_ID, ANA))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  @Test
  void refusesAnUnknownTenant() {
    assertThatThrownBy(() -> contacts.blocked(UNKNOWN_ID))
        .isInstanceOf(TenantNotFoundException.class);
  }
}
