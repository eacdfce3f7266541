package com.wagateway.adapter.apiwhatsappweb;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.contract.InstanceStatusContract;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.InstanceStatus;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;

@QuarkusTest
@WithTestResource(WireMockResource.class)
class ApiWhatsAppWebInstanceStatusContractTest extends InstanceStatusContract {
  @InjectWireMock WireMockServer server;
  @Inject ApiWhatsAppWebInstanceStatus bean;
  @Inject ApiWhatsAppWebSettings settings;

  private ProviderStub provider;
  private InstanceStatus instance;

  @BeforeEach
  void reset() {
    provider = new ProviderStub(server);
    instance = bean;
  }

  @Override
  protected InstanceStatus instance() {
    return instance;
  }

  @Override
  protected ProviderAccount account() {
    return ProviderStub.ACCOUNT;
  }

  @Override
  protected void providerReportsConnected() {
    provider.answers("POST", "/api/config/status", 200, "{\"success\": \"Instancia activa\"}");
  }

  @Override
  protected void providerReportsDisconnected() {
    provider.answers("POST", "/api/config/status", 200, "{\"success\": \"Instancia inactiva\"}");
  }

  @Override
  protected void providerOffersQr(byte[] png) {
    providerReportsDisconnected();
    provider.answers(
        "POST",
        "/api/config/qr",
        200,
        "{\"success\": \"QR-CODE enviado\", \"QR\": \"%s\"}"
            .formatted(Base64.getEncoder().encodeToString(png)));
  }

  @Override
  protected void providerRefusesQrBecauseConnected() {
    // No documented refusal exists: the adapter learns it from the status it asks first.
    providerReportsConnected();
  }

  @Override
  protected void providerAcceptsLogout() {
    provider.answers(
        "POST", "/api/config/disconnect", 200, "{\"success\": \"instancia desconectada\"}");
  }

  @Override
  protected void assertProviderReceivedLogout() {
    provider.assertReceived("POST", "/api/config/disconnect", null);
  }

  @Override
  public void providerRejectsCredentials() {
    provider.rejectsCredentials();
  }

  @Override
  public void providerFailsInternally() {
    provider.failsInternally();
  }

  @Override
  public void providerAnswersGarbage() {
    provider.answersGarbage();
  }

  @Override
  public void providerIsTooSlow() {
    provider.isTooSlow();
  }

  @Override
  public void providerIsUnreachable() {
    instance =
        new ApiWhatsAppWebInstanceStatus(
            ApiWhatsAppWebClients.against("http://127.0.0.1:1", settings));
  }
}
