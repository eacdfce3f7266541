package com.wagateway.bootstrap.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How outbound webhooks are delivered ({@code gateway.webhooks.delivery.*}). */
@ConfigMapping(prefix = "gateway.webhooks.delivery")
public interface DeliverySettings {

  /** Whether this process runs the delivery worker (tests drive deliveries themselves). */
  @WithDefault("true")
  boolean enabled();

  /** How often the worker looks for due deliveries. */
  @WithDefault("1s")
  Duration pollInterval();

  /** Deliveries posted at the same time, at most. */
  @WithDefault("8")
  int concurrency();

  /** Attempts before a delivery is dead (the first one included). */
  @WithDefault("12")
  int maxAttempts();

  /** Delay after the first failure; it doubles after each further one. */
  @WithDefault("10s")
  Duration initialDelay();

  /** The delay between two attempts never exceeds this. */
  @WithDefault("2h")
  Duration maxDelay();

  /** Random spread of each delay, as a fraction: 0.2 means ±20%. */
  @WithDefault("0.2")
  double jitter();

  @WithDefault("5s")
  Duration connectTimeout();

  /** How long a subscriber has to answer. */
  @WithDefault("15s")
  Duration requestTimeout();

  /**
   * How long a claimed delivery stays reserved for its worker, by the database's clock; after a
   * crash it is due again once this has passed. Must exceed the connect and request timeouts.
   */
  @WithDefault("2m")
  Duration lease();
}
