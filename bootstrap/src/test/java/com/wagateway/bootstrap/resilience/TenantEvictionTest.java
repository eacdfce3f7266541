package com.wagateway.bootstrap.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.wagateway.application.admin.TenantAdministration;
import com.wagateway.application.messaging.SendMessage;
import com.wagateway.bootstrap.ResilienceTest;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.TenantId;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A deleted tenant leaves nothing behind in this process: its circuit, its send-rate bucket, its
 * counters, and every meter tagged with it in the registry (so in {@code /q/metrics}).
 */
@QuarkusTest
@TestProfile(ResilienceTest.Profile.class) // shared with the other resilience tests: no restart
class TenantEvictionTest {
  @Inject TenantAdministration admin;
  @Inject SendMessage sendMessage;
  @Inject ProviderGuards guards;
  @Inject GatewayMetrics metrics;
  @Inject TokenBuckets buckets;
  @Inject MeterRegistry registry;
  @Inject DeletedTenantSweep sweep;
  @Inject AgroalDataSource dataSource;

  @Test
  void forgetsEverythingOfADeletedTenant() throws Exception {
    TenantId tenant = new TenantId("evicted-" + System.nanoTime() % 100_000);
    admin.create("test", tenant, new ProviderCredentials.Whapi(Secret.of("token-evicted")));
    sendOne(tenant);
    assertThat(guards.holdsCircuitOf(tenant)).isTrue();
    assertThat(((InMemoryTokenBuckets) buckets).holds(tenant)).isTrue();
    assertThat(metrics.holdsCountersOf(tenant)).isTrue();
    assertThat(metersOf(tenant)).isPositive();

    admin.delete("test", tenant);

    assertThat(guards.holdsCircuitOf(tenant)).isFalse();
    assertThat(((InMemoryTokenBuckets) buckets).holds(tenant)).isFalse();
    assertThat(metrics.holdsCountersOf(tenant)).isFalse();
    assertThat(metersOf(tenant)).isZero();
  }

  /**
   * Another gateway process deleted the tenant (here: its row goes without this process knowing):
   * the sweep finds it gone once this process's tenant cache lets go of it, and forgets its state.
   */
  @Test
  void forgetsATenantDeletedByAnotherProcessAtTheNextSweep() throws Exception {
    TenantId tenant = new TenantId("elsewhere-" + System.nanoTime() % 100_000);
    admin.create("test", tenant, new ProviderCredentials.Whapi(Secret.of("token-elsewhere")));
    sendOne(tenant);
    assertThat(sweep.sweep()).doesNotContain(tenant);
    assertThat(guards.holdsCircuitOf(tenant)).isTrue();

    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM tenants WHERE id = ?")) {
      delete.setString(1, tenant.value());
      assertThat(delete.executeUpdate()).isEqualTo(1);
    }

    // The tenant cache serves the row it read for up to gateway.tenant-cache-ttl.
    await().atMost(Duration.ofSeconds(10)).until(() -> sweep.sweep().contains(tenant));
    assertThat(guards.holdsCircuitOf(tenant)).isFalse();
    assertThat(metrics.holdsCountersOf(tenant)).isFalse();
    assertThat(metersOf(tenant)).isZero();
  }

  /** One send, through the rate limit and the guards to the provider stub; its outcome is moot. */
  private void sendOne(TenantId tenant) throws Exception {
    var message =
        new OutboundMessage(
            Recipient.parse("573001234567"), new MessageContent.Text("Hi", null, null));
    sendMessage
        .send(tenant, message)
        .handle((receipt, failure) -> null)
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  private long metersOf(TenantId tenant) {
    return registry.getMeters().stream()
        .filter(meter -> tenant.value().equals(meter.getId().getTag("tenant")))
        .count();
  }
}
