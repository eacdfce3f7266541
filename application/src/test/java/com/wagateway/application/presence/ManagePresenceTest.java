package com.wagateway.application.presence;

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
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.presence.OwnPresence;
import java.util.EnumSet;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ManagePresenceTest {
  private static final String CHAT = "573001234567@s.whatsapp.net";

  private final FakeProvider whapi = FakeProvider.supportingEverything(WHAPI);
  private final FakeProvider web =
      FakeProvider.supporting(APIWHATSAPPWEB, EnumSet.of(Operation.CHAT_PRESENCE));
  private final ManagePresence presence =
      new ManagePresence(
          new TenantResolver(new InMemoryTenantDirectory(ACME, GLOBEX)),
          FakeProvider.router(whapi, web));

  @Test
  void setsTheOwnPresenceAtTheTenantsProvider() {
    presence.setOwn(ACME_ID, OwnPresence.ONLINE);

    assertThat(whapi.presences().own()).isEqualTo(OwnPresence.ONLINE);
  }

  @Test
  void readsAChatsPresenceOnceSubscribed() {
    assertThatThrownBy(() -> presence.get(ACME_ID, CHAT))
        .isInstanceOf(ResourceNotFoundException.class);

    presence.subscribe(ACME_ID, CHAT);

    assertThat(presence.get(ACME_ID, CHAT).state()).isEqualTo("online");
  }

  @Test
  void refusesEveryOperationBeforeAnyCallWhenTheProviderHasNoPresence() {
    refused(() -> presence.setOwn(GLOBEX_ID, OwnPresence.OFFLINE), Operation.PRESENCE_OWN);
    refused(() -> presence.get(GLOBEX_ID, CHAT), Operation.PRESENCE_READ);
    refused(() -> presence.subscribe(GLOBEX_ID, CHAT), Operation.PRESENCE_SUBSCRIBE);

    assertThat(web.presences().calls()).isZero();
  }

  private static void refused(ThrowingCallable call, Operation operation) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(operation));
  }
}
