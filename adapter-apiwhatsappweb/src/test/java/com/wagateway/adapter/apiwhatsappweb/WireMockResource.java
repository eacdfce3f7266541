package com.wagateway.adapter.apiwhatsappweb;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** One WireMock server standing in for both API WhatsApp Web hosts. */
public class WireMockResource implements QuarkusTestResourceLifecycleManager {
  private WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    return Map.of(
        "gateway.providers.apiwhatsappweb.base-url", server.baseUrl(),
        "gateway.providers.apiwhatsappweb.send-base-url", server.baseUrl());
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(
        server,
        new TestInjector.AnnotatedAndMatchesType(InjectWireMock.class, WireMockServer.class));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
