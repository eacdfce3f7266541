package com.wagateway.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.DirectUnitOfWork;
import com.wagateway.application.fake.InMemoryAuditTrail;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.paging.Page;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.TenantAlreadyExistsException;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TenantAdministrationTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final TenantId SHOP = new TenantId("shop");
  private static final ProviderCredentials WHAPI =
      new ProviderCredentials.Whapi(Secret.of("whapi-token-not-real"));
  private static final ProviderCredentials AWWW =
      new ProviderCredentials.ApiWhatsAppWeb(Secret.of("awww-key-not-real"), "instance-1");

  private final InMemoryTenantDirectory tenants = new InMemoryTenantDirectory();
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final AtomicInteger keys = new AtomicInteger();
  private final TenantAdministration admin =
      new TenantAdministration(
          tenants,
          audit,
          new DirectUnitOfWork(),
          Clock.fixed(NOW, ZoneOffset.UTC),
          () -> "generated-key-" + keys.incrementAndGet());

  @Test
  void createsATenantAndReturnsItsKeyOnceKeepingOnlyTheDigest() {
    CreatedTenant created = admin.create("admin", SHOP, WHAPI);

    assertThat(created.apiKey().reveal()).isEqualTo("generated-key-1");
    assertThat(tenants.find(SHOP).orElseThrow().apiKeyDigest().matches("generated-key-1")).isTrue();
    assertThat(tenants.find(SHOP).orElseThrow().toString()).doesNotContain("generated-key-1");
  }

  @Test
  void refusesADuplicateId() {
    admin.create("admin", SHOP, WHAPI);

    assertThatThrownBy(() -> admin.create("admin", SHOP, AWWW))
        .isInstanceOf(TenantAlreadyExistsException.class);
  }

  @Test
  void switchesTheProviderAndAuditsItWithoutSecrets() {
    admin.create("admin", SHOP, WHAPI);

    admin.changeCredentials("admin", SHOP, AWWW);

    assertThat(tenants.find(SHOP).orElseThrow().provider()).isEqualTo(ProviderId.APIWHATSAPPWEB);
    AuditEvent event = audit.all().get(0);
    assertThat(event.action()).isEqualTo("tenant.provider-changed");
    assertThat(event.changes())
        .containsEntry("provider", "whapi -> apiwhatsappweb")
        .containsEntry("credentials", "changed");
    assertThat(event.at()).isEqualTo(NOW);
    assertThat(event.actor()).isEqualTo("admin");
    assertThat(audit.all().toString()).doesNotContain("not-real").doesNotContain("generated-key");
  }

  @Test
  void rotatingTheKeyInvalidatesTheOldOne() {
    admin.create("admin", SHOP, WHAPI);

    Secret fresh = admin.rotateApiKey("admin", SHOP);

    var digest = tenants.find(SHOP).orElseThrow().apiKeyDigest();
    assertThat(digest.matches(fresh.reveal())).isTrue();
    assertThat(digest.matches("generated-key-1")).isFalse();
    assertThat(audit.all().get(0).action()).isEqualTo("tenant.api-key-rotated");
  }

  @Test
  void deletesAndThenReportsTheTenantUnknown() {
    admin.create("admin", SHOP, WHAPI);

    admin.delete("admin", SHOP);

    assertThatThrownBy(() -> admin.get(SHOP)).isInstanceOf(TenantNotFoundException.class);
    assertThatThrownBy(() -> admin.delete("admin", SHOP))
        .isInstanceOf(TenantNotFoundException.class);
    assertThatThrownBy(() -> admin.changeCredentials("admin", SHOP, AWWW))
        .isInstanceOf(TenantNotFoundException.class);
  }

  @Test
  void pagesThroughTenantsWithCursors() {
    for (String id : new String[] {"a", "b", "c"}) {
      admin.create("admin", new TenantId(id), WHAPI);
    }

    Page<?> first = admin.list(null, 2);
    Page<?> second = admin.list(first.nextCursor(), 2);

    assertThat(first.items()).hasSize(2);
    assertThat(second.items()).hasSize(1);
    assertThat(second.nextCursor()).isNull();
  }

  @Test
  void refusesABadLimitOrCursor() {
    assertThatThrownBy(() -> admin.list(null, 0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> admin.list(null, 201)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> admin.list("%%%", 10)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void seedsOnlyTenantsThatDoNotExistYet() {
    admin.create("admin", SHOP, AWWW);

    assertThat(admin.seed("configuration", SHOP, WHAPI, null)).isFalse();
    assertThat(admin.seed("configuration", new TenantId("other"), WHAPI, null)).isTrue();
    assertThat(tenants.find(SHOP).orElseThrow().provider()).isEqualTo(ProviderId.APIWHATSAPPWEB);
  }
}
