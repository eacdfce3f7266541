package com.wagateway.bootstrap.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Readiness as a metric, {@code gateway_ready} (1 ready, 0 not), so that Prometheus can alert on a
 * gateway that runs but has lost its database: {@code up} only says the process answers scrapes.
 * Each scrape runs the readiness checks of {@code /q/health/ready}; {@code /q/metrics} is served on
 * a worker thread, so a slow database delays the scrape, never the event loop.
 */
@ApplicationScoped
public class ReadinessGauge {
  private final MeterRegistry registry;
  private final SmallRyeHealthReporter health;

  ReadinessGauge(MeterRegistry registry, SmallRyeHealthReporter health) {
    this.registry = registry;
    this.health = health;
  }

  void publish(@Observes StartupEvent started) {
    Gauge.builder("gateway.ready", health, reporter -> reporter.getReadiness().isDown() ? 0 : 1)
        .description("1 while /q/health/ready is UP, 0 when it is DOWN")
        .strongReference(true)
        .register(registry);
  }
}
