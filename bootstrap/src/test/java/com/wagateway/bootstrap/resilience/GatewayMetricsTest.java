package com.wagateway.bootstrap.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.TenantId;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The gateway's own meters: names, tags, and gauges that outlive a garbage collection. */
class GatewayMetricsTest {
  private static final TenantId TENANT = new TenantId("metered");

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final GatewayMetrics metrics = new GatewayMetrics(registry);

  @Test
  void keepsPublishingACircuitStateAfterAGarbageCollection() {
    AtomicInteger state = new AtomicInteger(2);
    // Nothing but the registry holds this supplier, just as in ProviderGuards.
    metrics.circuit(TENANT, ProviderId.WHAPI, () -> state.get());
    Gauge gauge =
        registry
            .get("gateway.provider.circuit.state")
            .tag("tenant", "metered")
            .tag("provider", "whapi")
            .gauge();

    for (int i = 0; i < 3; i++) {
      System.gc();
    }

    assertThat(gauge.value()).isEqualTo(2.0);
    state.set(0);
    assertThat(gauge.value()).isZero();
  }

  @Test
  void countsSendsByTenantProviderTypeAndOutcome() {
    metrics.sent(TENANT, ProviderId.WHAPI, MessageType.TEXT, GatewayMetrics.OK);
    metrics.sent(TENANT, ProviderId.WHAPI, MessageType.TEXT, GatewayMetrics.OK);
    metrics.sent(TENANT, ProviderId.WHAPI, MessageType.TEXT, "provider_error");

    assertThat(sent("ok")).isEqualTo(2);
    assertThat(sent("provider_error")).isEqualTo(1);
  }

  @Test
  void namesAFailedOutcomeAfterItsProblemCode() {
    ProviderAccount account =
        new ProviderAccount(TENANT, new ProviderCredentials.Whapi(Secret.of("token")));

    assertThat(GatewayMetrics.outcomeOf(ProviderException.timeout(account, null)))
        .isEqualTo("provider_timeout");
    assertThat(GatewayMetrics.outcomeOf(new IllegalStateException("bug"))).isEqualTo("error");
  }

  private double sent(String outcome) {
    return registry
        .get("gateway.messages.sent")
        .tag("tenant", "metered")
        .tag("provider", "whapi")
        .tag("type", "text")
        .tag("outcome", outcome)
        .counter()
        .count();
  }
}
