package com.wagateway.application.instance;

import static com.wagateway.application.fake.Tenants.ACME;
import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.GLOBEX;
import static com.wagateway.application.fake.Tenants.GLOBEX_ID;
import static com.wagateway.application.fake.Tenants.UNKNOWN_ID;
import static com.wagateway.domain.model.ProviderId.APIWHATSAPPWEB;
import static com.wagateway.domain.model.ProviderId.WHAPI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.FakeInstanceStatus.Call;
import com.wagateway.application.fake.FakeProvider;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.instance.InstanceState;
import com.wagateway.domain.instance.QrCode;
import com.wagateway.domain.port.Operation;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ManageInstanceTest {
  private final FakeProvider whapi = FakeProvider.supportingEverything(WHAPI);
  private final FakeProvider web =
      FakeProvider.supporting(APIWHATSAPPWEB, EnumSet.of(Operation.INSTANCE_STATUS));
  private final ManageInstance instances =
      new ManageInstance(
          new TenantResolver(new InMemoryTenantDirectory(ACME, GLOBEX)),
          FakeProvider.router(whapi, web));

  @Test
  void reportsTheStatusTogetherWithTheProviderThatGaveIt() {
    var state =
        new InstanceState(
            ConnectionState.CONNECTED, "authenticated", Instant.parse("2025-01-01T00:00:00Z"));
    web.instance().answering(state);

    assertThat(instances.status(GLOBEX_ID)).isEqualTo(new InstanceReport(APIWHATSAPPWEB, state));
    assertThat(web.instance().calls()).containsExactly(new Call("status", GLOBEX.account()));
    assertThat(whapi.instance().calls()).isEmpty();
  }

  @Test
  void returnsTheProvidersQrCode() {
    var qr = new QrCode(new byte[] {7, 8, 9}, 45);
    whapi.instance().answering(qr);

    assertThat(instances.qr(ACME_ID)).isEqualTo(qr);
    assertThat(whapi.instance().calls()).containsExactly(new Call("qr", ACME.account()));
  }

  @Test
  void logsTheSessionOut() {
    instances.logout(ACME_ID);

    assertThat(whapi.instance().calls()).containsExactly(new Call("logout", ACME.account()));
  }

  @Test
  void refusesUnsupportedInstanceOperationsWithoutCallingTheProvider() {
    assertThatThrownBy(() -> instances.qr(GLOBEX_ID))
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.INSTANCE_QR));
    assertThatThrownBy(() -> instances.logout(GLOBEX_ID))
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.INSTANCE_LOGOUT));

    assertThat(web.instance().calls()).isEmpty();
  }

  @Test
  void refusesAnUnknownTenant() {
    assertThatThrownBy(() -> instances.status(UNKNOWN_ID))
        .isInstanceOf(TenantNotFoundException.class);
    assertThatThrownBy(() -> instances.logout(UNKNOWN_ID))
        .isInstanceOf(TenantNotFoundException.class);
    assertThat(whapi.instance().calls()).isEmpty();
  }
}
