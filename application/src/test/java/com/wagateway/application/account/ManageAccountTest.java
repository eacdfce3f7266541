package com.wagateway.application.account;

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
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.port.Operation;
import java.util.EnumSet;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ManageAccountTest {
  private static final ContactId PHONE = new ContactId("573001234567");

  private final FakeProvider whapi = FakeProvider.supportingEverything(WHAPI);
  private final FakeProvider web =
      FakeProvider.supporting(APIWHATSAPPWEB, EnumSet.of(Operation.INSTANCE_QR));
  private final ManageAccount accounts =
      new ManageAccount(
          new TenantResolver(new InMemoryTenantDirectory(ACME, GLOBEX)),
          FakeProvider.router(whapi, web));

  @Test
  void asksTheTenantsProviderForAPairingCode() {
    assertThat(accounts.pairingCode(ACME_ID, PHONE).code()).isEqualTo("code-4567");
  }

  @Test
  void setsTheAboutTextAndReadsTheAccountInfo() {
    accounts.setAbout(ACME_ID, "Open 8-18h");

    assertThat(accounts.info(ACME_ID).details()).containsEntry("about", "Open 8-18h");
  }

  @Test
  void refusesEveryOperationBeforeAnyCallWhenTheProviderHasNoAccountOperations() {
    refused(() -> accounts.pairingCode(GLOBEX_ID, PHONE), Operation.ACCOUNT_PAIRING_CODE);
    refused(() -> accounts.setAbout(GLOBEX_ID, "x"), Operation.ACCOUNT_ABOUT);
    refused(() -> accounts.info(GLOBEX_ID), Operation.ACCOUNT_INFO);

    assertThat(web.account().calls()).isZero();
  }

  private static void refused(ThrowingCallable call, Operation operation) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(operation));
  }
}
