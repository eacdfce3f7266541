package com.wagateway.adapter.apiwhatsappweb;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.contract.ProfileConfigurerContract;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.ProfileConfigurer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

@QuarkusTest
@WithTestResource(WireMockResource.class)
class ApiWhatsAppWebProfileConfigurerContractTest extends ProfileConfigurerContract {
  @InjectWireMock WireMockServer server;
  @Inject ApiWhatsAppWebProfileConfigurer bean;
  @Inject ApiWhatsAppWebSettings settings;

  private ProviderStub provider;
  private ProfileConfigurer configurer;

  @BeforeEach
  void reset() {
    provider = new ProviderStub(server);
    configurer = bean;
  }

  @Override
  protected ProfileConfigurer configurer() {
    return configurer;
  }

  @Override
  protected ProviderAccount account() {
    return ProviderStub.ACCOUNT;
  }

  @Override
  protected void providerAcceptsProfileChanges() {
    provider.answers("POST", "/api/config/name", 200, "{\"success\": \"Nombre Actualizado\"}");
    provider.answers(
        "POST", "/api/config/description", 200, "{\"success\": \"Descripción Actualizada\"}");
    provider.answers("PUT", "/api/config/image", 200, "{\"success\": \"Imagen cambiada\"}");
  }

  @Override
  protected void assertProviderReceivedName(String name) {
    provider.assertReceived("POST", "/api/config/name", "{\"name\": \"%s\"}".formatted(name));
  }

  @Override
  protected void assertProviderReceivedPictureUrl(String url) {
    provider.assertReceived("PUT", "/api/config/image", "{\"image\": \"%s\"}".formatted(url));
  }

  @Override
  protected void providerAcceptsWebhookRegistration() {
    provider.acceptsWebhookRegistrations();
  }

  @Override
  protected void assertProviderReceivedWebhookUrl(String url) {
    provider.assertReceivedWebhookUrl(url);
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
    configurer =
        new ApiWhatsAppWebProfileConfigurer(
            ApiWhatsAppWebClients.against("http://127.0.0.1:1", settings));
  }
}
