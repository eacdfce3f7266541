package com.wagateway.adapter.apiwhatsappweb;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.wagateway.adapter.apiwhatsappweb.GatewayAssertions.failsWith;
import static com.wagateway.adapter.apiwhatsappweb.ProviderStub.ACCOUNT;
import static com.wagateway.adapter.apiwhatsappweb.ProviderStub.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.port.Completions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way the provider can fail ends as exactly one domain error code. */
@QuarkusTest
@WithTestResource(WireMockResource.class)
class ApiWhatsAppWebFailureTest {
  @InjectWireMock WireMockServer server;
  @Inject ApiWhatsAppWebMessageSender sender;
  @Inject ApiWhatsAppWebInstanceStatus instance;
  @Inject ApiWhatsAppWebSettings settings;
  private ProviderStub provider;

  @BeforeEach
  void reset() {
    provider = new ProviderStub(server);
  }

  private ProviderException sendFailsWith(ErrorCode code) {
    return (ProviderException)
        failsWith(
            code,
            () ->
                Completions.join(
                    sender.send(
                        ACCOUNT,
                        new OutboundMessage(
                            Recipient.parse("573001234567"),
                            new MessageContent.Text("Hola", null, null)))));
  }

  @Test
  void unknownInstanceIsProviderAuthFailed() {
    provider.everyRequestGets(400, "{\"error\": \"Instancia no encontrada\"}");

    assertThat(sendFailsWith(ErrorCode.PROVIDER_AUTH_FAILED).providerStatus()).contains(400);
  }

  @Test
  void invalidApiKeyIsProviderAuthFailed() {
    provider.rejectsCredentials();

    assertThat(sendFailsWith(ErrorCode.PROVIDER_AUTH_FAILED).providerStatus()).contains(401);
  }

  @Test
  void notFoundIsNotFound() {
    provider.everyRequestGets(404, "{\"error\": \"Not found\"}");

    assertThat(sendFailsWith(ErrorCode.NOT_FOUND).providerStatus()).contains(404);
  }

  @Test
  void tooLargeIsPayloadTooLarge() {
    provider.everyRequestGets(413, "{\"error\": \"Too large\"}");

    sendFailsWith(ErrorCode.PAYLOAD_TOO_LARGE);
  }

  @Test
  void rateLimitCarriesRetryAfterInSeconds() {
    provider.everyRequestGets(json(429, "{}").withHeader("Retry-After", "120"));

    assertThat(sendFailsWith(ErrorCode.RATE_LIMITED).retryAfter())
        .contains(Duration.ofSeconds(120));
  }

  @Test
  void rateLimitWithAPastHttpDateAsksForNoWait() {
    provider.everyRequestGets(
        json(429, "{}").withHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"));

    assertThat(sendFailsWith(ErrorCode.RATE_LIMITED).retryAfter()).contains(Duration.ZERO);
  }

  @Test
  void rateLimitWithoutRetryAfterHasNoHint() {
    provider.everyRequestGets(429, "{\"error\": \"Too many requests\"}");

    assertThat(sendFailsWith(ErrorCode.RATE_LIMITED).retryAfter()).isEmpty();
  }

  @Test
  void otherClientErrorIsProviderRejected() {
    provider.everyRequestGets(403, "{\"error\": \"Plan vencido\"}");

    assertThat(sendFailsWith(ErrorCode.PROVIDER_REJECTED).providerStatus()).contains(403);
  }

  @Test
  void serverErrorIsProviderError() {
    provider.failsInternally();

    assertThat(sendFailsWith(ErrorCode.PROVIDER_ERROR).providerStatus()).contains(500);
  }

  @Test
  void badGatewayIsProviderError() {
    provider.everyRequestGets(502, "<html>Bad gateway</html>");

    assertThat(sendFailsWith(ErrorCode.PROVIDER_ERROR).providerStatus()).contains(502);
  }

  @Test
  void errorKeyInAConfigAnswerIsProviderRejected() {
    provider.everyRequestGets(200, "{\"error\": \"Instancia no encontrada\"}");

    failsWith(ErrorCode.PROVIDER_REJECTED, () -> instance.status(ACCOUNT));
  }

  @Test
  void slowAnswerIsProviderTimeout() {
    provider.isTooSlow();

    sendFailsWith(ErrorCode.PROVIDER_TIMEOUT);
  }

  @Test
  void refusedConnectionIsProviderUnavailable() {
    sender =
        new ApiWhatsAppWebMessageSender(
            ApiWhatsAppWebClients.against("http://127.0.0.1:1", settings));

    sendFailsWith(ErrorCode.PROVIDER_UNAVAILABLE);
  }

  @Test
  void htmlPageIsProviderError() {
    provider.answersGarbage();

    sendFailsWith(ErrorCode.PROVIDER_ERROR);
  }

  @Test
  void htmlPageLabelledAsJsonIsProviderError() {
    provider.everyRequestGets(200, "<html><body>Maintenance</body></html>");

    sendFailsWith(ErrorCode.PROVIDER_ERROR);
  }

  @Test
  void emptyBodyIsProviderError() {
    provider.everyRequestGets(200, "");

    sendFailsWith(ErrorCode.PROVIDER_ERROR);
  }

  @Test
  void connectionResetIsProviderError() {
    provider.resetsConnections();

    sendFailsWith(ErrorCode.PROVIDER_ERROR);
  }

  @Test
  void emptyReplyIsProviderError() {
    provider.everyRequestGets(aResponse().withFault(Fault.EMPTY_RESPONSE));

    sendFailsWith(ErrorCode.PROVIDER_ERROR);
  }
}
