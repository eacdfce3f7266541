package com.wagateway.adapter.apiwhatsappweb;

import static com.wagateway.adapter.apiwhatsappweb.GatewayAssertions.failsWith;
import static com.wagateway.adapter.apiwhatsappweb.ProviderStub.ACCOUNT;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.port.Completions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A 2xx send answer is trusted only when it carries what the docs promise. */
@QuarkusTest
@WithTestResource(WireMockResource.class)
class ApiWhatsAppWebSendAnswerTest {
  @InjectWireMock WireMockServer server;
  @Inject ApiWhatsAppWebMessageSender sender;
  private ProviderStub provider;

  @BeforeEach
  void reset() {
    provider = new ProviderStub(server);
  }

  private void sendText() {
    Completions.join(
        sender.send(
            ACCOUNT,
            new OutboundMessage(
                Recipient.parse("573001234567"), new MessageContent.Text("Hola", null, null))));
  }

  @Test
  void successWithoutMessageIdIsProviderError() {
    provider.answers(
        "POST", "/api/text", 200, "{\"message\": \"¡Texto enviado con éxito!\", \"phone\": 1}");

    failsWith(ErrorCode.PROVIDER_ERROR, this::sendText);
  }

  @Test
  void errorKeyInA200IsProviderRejectedWithTheProvidersWords() {
    provider.answers("POST", "/api/text", 200, "{\"error\": \"Número inválido\"}");

    var failure = failsWith(ErrorCode.PROVIDER_REJECTED, this::sendText);

    org.assertj.core.api.Assertions.assertThat(failure).hasMessageContaining("Número inválido");
  }

  @Test
  void emptyJsonObjectIsProviderError() {
    provider.answers("POST", "/api/text", 200, "{}");

    failsWith(ErrorCode.PROVIDER_ERROR, this::sendText);
  }
}
