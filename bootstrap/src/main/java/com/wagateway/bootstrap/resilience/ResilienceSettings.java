package com.wagateway.bootstrap.resilience;

import com.wagateway.domain.model.ProviderId;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/**
 * Fault tolerance of the provider calls, per provider ({@code gateway.resilience.<provider>.*}).
 */
@ConfigMapping(prefix = "gateway.resilience")
public interface ResilienceSettings {

  Policy whapi();

  @WithName("apiwhatsappweb")
  Policy apiWhatsAppWeb();

  default Policy of(ProviderId provider) {
    return switch (provider) {
      case WHAPI -> whapi();
      case APIWHATSAPPWEB -> apiWhatsAppWeb();
    };
  }

  /** How calls to one provider are guarded. */
  interface Policy {

    /** Upper bound of one call, whatever the HTTP client's own timeouts. */
    @WithDefault("35s")
    Duration timeout();

    /** Extra tries of a call that is safe to repeat (reads; sends that never reached it). */
    @WithDefault("2")
    int retries();

    /** Pause before a retry (plus up to a quarter of it at random). */
    @WithDefault("200ms")
    Duration retryDelay();

    /** Calls per tenant in the circuit breaker's rolling window. */
    @WithDefault("10")
    int circuitWindow();

    /** Share of failed calls in the window that opens the circuit. */
    @WithDefault("0.5")
    double circuitFailureRatio();

    /** How long an open circuit refuses calls before letting a trial call through. */
    @WithDefault("30s")
    Duration circuitDelay();

    /** Successful trial calls that close the circuit again. */
    @WithDefault("2")
    int circuitSuccesses();

    /** Calls to this provider under way at once, all tenants together; more get 503. */
    @WithDefault("64")
    int maxConcurrentCalls();
  }
}
