package com.wagateway.adapter.apiwhatsappweb;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.contract.MessageSenderContract;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.MessageSender;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

@QuarkusTest
@WithTestResource(WireMockResource.class)
class ApiWhatsAppWebMessageSenderContractTest extends MessageSenderContract {
  @InjectWireMock WireMockServer server;
  @Inject ApiWhatsAppWebMessageSender bean;
  @Inject ApiWhatsAppWebSettings settings;

  private ProviderStub provider;
  private MessageSender sender;

  @BeforeEach
  void reset() {
    provider = new ProviderStub(server);
    sender = bean;
  }

  @Override
  protected MessageSender sender() {
    return sender;
  }

  @Override
  protected ProviderAccount account() {
    return ProviderStub.ACCOUNT;
  }

  @Override
  protected void providerAcceptsTextSend(String providerMessageId) {
    provider.answers(
        "POST",
        "/api/text",
        200,
        """
        {"message": "¡Texto enviado con éxito!", "phone": 573001234567, "messageId": "%s"}
        """
            .formatted(providerMessageId));
  }

  @Override
  protected void assertProviderReceivedText(String digits, String body) {
    provider.assertReceived(
        "POST", "/api/text", "{\"number\": \"%s\", \"message\": \"%s\"}".formatted(digits, body));
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
    sender =
        new ApiWhatsAppWebMessageSender(
            ApiWhatsAppWebClients.against("http://127.0.0.1:1", settings));
  }
}
