package com.wagateway.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.json.Json;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@code gateway_ready} follows readiness at each read: 0 while it is DOWN, 1 once it is UP. */
class ReadinessGaugeTest {

  @Test
  void readsZeroWhileReadinessIsDownAndOneOnceItIsUpAgain() {
    AtomicReference<String> status = new AtomicReference<>("DOWN");
    SmallRyeHealthReporter readiness =
        new SmallRyeHealthReporter() {
          @Override
          public SmallRyeHealth getReadiness() {
            return new SmallRyeHealth(
                Json.createObjectBuilder().add("status", status.get()).build());
          }
        };
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    new ReadinessGauge(registry, readiness).publish(null);

    assertThat(registry.get("gateway.ready").gauge().value()).isZero();
    status.set("UP");
    assertThat(registry.get("gateway.ready").gauge().value()).isEqualTo(1.0);
  }
}
