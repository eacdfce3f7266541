package com.wagateway.adapter.apiwhatsappweb;

import static com.wagateway.adapter.apiwhatsappweb.GatewayAssertions.failsWith;
import static com.wagateway.adapter.apiwhatsappweb.ProviderStub.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.event.WebhookTarget;
import com.wagateway.domain.model.Secret;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway's URL becomes the instance's webhook of every kind (sent, receive, status, connected,
 * disconnected), HTTPS only, each set like any config call; the first failure stops the rest and
 * says what was registered.
 */
@QuarkusTest
@WithTestResource(WireMockResource.class)
class ApiWhatsAppWebWebhookRegistrationTest {
  private static final String PATH_SECRET = "wh-s3cr3t-in-path";
  private static final String URL =
      "https://gateway.example.com/v1/webhooks/apiwhatsappweb/acme/" + PATH_SECRET;
  private static final WebhookTarget TARGET = WebhookTarget.withSecretInPath(URI.create(URL));

  @InjectWireMock WireMockServer server;
  @Inject ApiWhatsAppWebProfileConfigurer configurer;
  private ProviderStub provider;

  @BeforeEach
  void reset() {
    provider = new ProviderStub(server);
    provider.acceptsWebhookRegistrations();
  }

  private static void assertKeepsTheSecret(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(PATH_SECRET);
    }
  }

  @Test
  void sendsTheUrlToEveryKindUnderAnUpperCaseKeyWithKeyAndInstanceHeaders() {
    configurer.registerWebhook(ACCOUNT, TARGET);

    provider.assertReceivedWebhookUrl(URL);
  }

  @Test
  void leavesAHeaderOutBecauseTheProviderCannotSendOne() {
    var withHeader = new WebhookTarget(URI.create(URL), "X-Gateway-Webhook-Secret", Secret.of("x"));

    configurer.registerWebhook(ACCOUNT, withHeader);

    provider.assertReceivedWebhookUrl(URL);
  }

  @Test
  void refusesAPlainHttpUrlWithoutCallingTheProvider() {
    var plain = WebhookTarget.withSecretInPath(URI.create(URL.replace("https:", "http:")));

    var failure =
        failsWith(ErrorCode.VALIDATION_FAILED, () -> configurer.registerWebhook(ACCOUNT, plain));

    assertThat(((InvalidValueException) failure).field()).isEqualTo("url");
    assertThat(failure.getMessage()).contains("https");
    assertKeepsTheSecret(failure);
    provider.assertReceivedNothing();
  }

  @Test
  void mapsARefusedApiKeyToProviderAuthFailed() {
    provider.rejectsCredentials();

    var failure =
        failsWith(
            ErrorCode.PROVIDER_AUTH_FAILED, () -> configurer.registerWebhook(ACCOUNT, TARGET));

    assertThat(((ProviderException) failure).providerStatus()).contains(401);
    assertThat(failure.getMessage())
        .contains("webhook \"sent\" not registered; registered before it: none");
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void stopsAtTheFirstFailedKindAndSaysWhichWereRegistered() {
    provider.answers("PUT", "/api/config/status", 404, "{\"error\": \"Not found\"}");

    var failure = failsWith(ErrorCode.NOT_FOUND, () -> configurer.registerWebhook(ACCOUNT, TARGET));

    assertThat(((ProviderException) failure).providerStatus()).contains(404);
    assertThat(failure.getMessage())
        .contains(
            "webhook \"status\" not registered; registered before it: sent, receive;"
                + " not attempted: connected, disconnected; registering again is safe");
    provider.assertReceived("PUT", "/api/config/sent", "{\"URL\": \"%s\"}".formatted(URL));
    provider.assertReceived("PUT", "/api/config/receive", "{\"URL\": \"%s\"}".formatted(URL));
    assertThat(server.getAllServeEvents()).hasSize(3);
  }

  @Test
  void keepsTheSecretOutOfALaterKindsRefusal() {
    provider.answers(
        "PUT", "/api/config/connected", 200, "{\"error\": \"URL no válida: " + URL + "\"}");

    var failure =
        failsWith(ErrorCode.PROVIDER_REJECTED, () -> configurer.registerWebhook(ACCOUNT, TARGET));

    assertThat(failure.getMessage()).contains("not attempted: disconnected");
    assertKeepsTheSecret(failure);
  }

  @Test
  void mapsAProviderServerErrorToProviderError() {
    provider.failsInternally();

    var failure =
        failsWith(ErrorCode.PROVIDER_ERROR, () -> configurer.registerWebhook(ACCOUNT, TARGET));

    assertThat(((ProviderException) failure).providerStatus()).contains(500);
  }

  @Test
  void mapsAnErrorAnswerToProviderRejectedWithoutEchoingTheUrl() {
    provider.answers("PUT", "/api/config/sent", 200, "{\"error\": \"URL no válida: " + URL + "\"}");

    var failure =
        failsWith(ErrorCode.PROVIDER_REJECTED, () -> configurer.registerWebhook(ACCOUNT, TARGET));

    assertThat(failure.getMessage()).contains("URL no válida");
    assertKeepsTheSecret(failure);
  }

  @Test
  void keepsAutoReadNative() {
    assertThat(configurer.emulatesAutoRead()).isFalse();
  }
}
