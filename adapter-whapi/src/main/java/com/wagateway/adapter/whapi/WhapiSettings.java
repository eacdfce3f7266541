package com.wagateway.adapter.whapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** How the gateway reaches Whapi.Cloud; the same for every tenant (tokens are per tenant). */
@ConfigMapping(prefix = "gateway.providers.whapi")
public interface WhapiSettings {

  /** Root of the Whapi.Cloud gate API, without a trailing path. */
  @WithDefault("https://gate.whapi.cloud")
  URI baseUrl();

  /** How long to wait for the TCP (and TLS) connection to Whapi to open. */
  @WithDefault("5S")
  Duration connectTimeout();

  /** How long to wait for Whapi's answer once the request has been sent. */
  @WithDefault("30S")
  Duration readTimeout();
}
