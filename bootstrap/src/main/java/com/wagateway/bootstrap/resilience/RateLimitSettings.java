package com.wagateway.bootstrap.resilience;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/** How fast tenants may send ({@code gateway.limits.*}). */
@ConfigMapping(prefix = "gateway.limits")
public interface RateLimitSettings {

  /** Sends per second each tenant may make on average. */
  @WithDefault("20")
  double sendRate();

  /** Sends a tenant may make at once after being idle. */
  @WithDefault("40")
  int sendBurst();

  /**
   * Per-tenant overrides ({@code gateway.limits.tenants.<id>.send-rate}, {@code ...send-burst}).
   */
  Map<String, TenantLimit> tenants();

  /** One tenant's own limits. */
  interface TenantLimit {
    Optional<Double> sendRate();

    Optional<Integer> sendBurst();
  }
}
