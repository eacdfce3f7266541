package com.wagateway.application.tenant;

import static com.wagateway.application.fake.Tenants.ACME;
import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.fake.Tenants;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.model.ProviderId;
import org.junit.jupiter.api.Test;

class TenantResolverTest {
  private final InMemoryTenantDirectory directory = new InMemoryTenantDirectory(ACME);
  private final TenantResolver tenants = new TenantResolver(directory);

  @Test
  void findsAKnownTenant() {
    assertThat(tenants.require(ACME_ID)).isEqualTo(ACME);
  }

  @Test
  void reportsAnUnknownTenant() {
    assertThatThrownBy(() -> tenants.require(UNKNOWN_ID))
        .isInstanceOfSatisfying(
            TenantNotFoundException.class, e -> assertThat(e.tenantId()).contains(UNKNOWN_ID));
  }

  @Test
  void seesADirectoryChangeOnTheNextCall() {
    directory.put(Tenants.acmeOnApiWhatsAppWeb());

    assertThat(tenants.require(ACME_ID).provider()).isEqualTo(ProviderId.APIWHATSAPPWEB);
  }

  @Test
  void letsATenantCallerReachOnlyItsOwnTenantAndTheAdminAny() {
    assertThat(new Caller.OfTenant(ACME_ID).mayAccess(ACME_ID)).isTrue();
    assertThat(new Caller.OfTenant(ACME_ID).mayAccess(UNKNOWN_ID)).isFalse();
    assertThat(new Caller.Admin().mayAccess(UNKNOWN_ID)).isTrue();
  }
}
