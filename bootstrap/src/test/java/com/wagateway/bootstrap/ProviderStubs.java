package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * One WireMock server standing in for both providers (their paths do not overlap), plus the test
 * tenants: one per provider, each with its own caller key, and an admin key. All fake.
 */
public class ProviderStubs implements QuarkusTestResourceLifecycleManager {
  static final String ADMIN_KEY = "test-admin-key";
  static final String WHAPI_TENANT = "acme-whapi";
  static final String WHAPI_KEY = "test-caller-key-whapi";
  static final String WHAPI_TOKEN = "test-whapi-token";
  static final String AWWW_TENANT = "acme-awww";
  static final String AWWW_KEY = "test-caller-key-awww";
  static final String AWWW_API_KEY = "test-awww-api-key";
  static final String AWWW_INSTANCE = "test-instance-7";

  static final int MAX_BODY_BYTES = 64 * 1024;

  private static WireMockServer server;

  static WireMockServer server() {
    return server;
  }

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
    return config(server.baseUrl());
  }

  /** The gateway configuration for the test tenants, with every provider URL at {@code baseUrl}. */
  static Map<String, String> config(String baseUrl) {
    Map<String, String> config = new HashMap<>();
    config.put("gateway.providers.whapi.base-url", baseUrl);
    config.put("gateway.providers.whapi.read-timeout", "1S");
    config.put("gateway.providers.apiwhatsappweb.base-url", baseUrl);
    config.put("gateway.providers.apiwhatsappweb.send-base-url", baseUrl);
    config.put("gateway.providers.apiwhatsappweb.read-timeout", "1S");
    config.put("gateway.admin-api-key", ADMIN_KEY);
    config.put("quarkus.http.limits.max-body-size", MAX_BODY_BYTES + "");
    config.put("gateway.tenants." + WHAPI_TENANT + ".provider", "whapi");
    config.put("gateway.tenants." + WHAPI_TENANT + ".api-key", WHAPI_KEY);
    config.put("gateway.tenants." + WHAPI_TENANT + ".whapi.token", WHAPI_TOKEN);
    config.put("gateway.tenants." + AWWW_TENANT + ".provider", "apiwhatsappweb");
    config.put("gateway.tenants." + AWWW_TENANT + ".api-key", AWWW_KEY);
    config.put("gateway.tenants." + AWWW_TENANT + ".apiwhatsappweb.api-key", AWWW_API_KEY);
    config.put("gateway.tenants." + AWWW_TENANT + ".apiwhatsappweb.instance-id", AWWW_INSTANCE);
    return config;
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
