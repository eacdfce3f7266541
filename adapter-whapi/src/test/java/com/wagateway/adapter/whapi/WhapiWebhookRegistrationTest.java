package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.BEARER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.event.WebhookTarget;
import com.wagateway.domain.model.Secret;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway's webhook joins Whapi's {@code /settings} list without disturbing anyone else's. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiWebhookRegistrationTest extends WhapiAdapterTest {
  private static final ReachLog REACHED =
      ReachLog.of(WhapiProfileConfigurer.class, "registerWebhook");

  WhapiWebhookRegistrationTest() {
    super(REACHED);
  }

  private static final String URL = "https://gateway.example.com/v1/webhooks/whapi/acme";
  private static final String SECRET = "s3cr3t-s3cr3t-s3cr3t";
  private static final WebhookTarget TARGET =
      new WebhookTarget(URI.create(URL), "X-Gateway-Webhook-Secret", Secret.of(SECRET));

  /** A receiver someone else set up at Whapi, in every documented field. */
  private static final String FOREIGN =
      """
      {"url":"https://crm.example.com/hooks/whapi","mode":"method",
       "headers":{"Authorization":"Bearer crm-token"},
       "events":[{"type":"messages","method":"put"},{"type":"chats","method":"patch"}]}
      """;

  /** An earlier registration of the gateway, with an older secret and fewer events. */
  private static final String EARLIER =
      """
      {"url":"%s","mode":"body","headers":{"X-Gateway-Webhook-Secret":"old-secret-old-secret"},
       "events":[{"type":"messages","method":"post"}]}
      """
          .formatted(URL);

  private static final String GATEWAY =
      """
      {"url":"%s","mode":"body","headers":{"X-Gateway-Webhook-Secret":"%s"},
       "events":[{"type":"messages","method":"post"},{"type":"messages","method":"put"},
                 {"type":"statuses","method":"post"},{"type":"statuses","method":"put"},
                 {"type":"channel","method":"post"},{"type":"users","method":"post"},
                 {"type":"users","method":"delete"}]}
      """
          .formatted(URL, SECRET);

  @Inject WhapiProfileConfigurer configurer;

  @BeforeEach
  void resetFixtures() {
    wireMock.stubFor(patch("/settings").willReturn(okJson(WhapiFixtures.settingsUpdated())));
  }

  private void whapiHolds(String settings) {
    wireMock.stubFor(get("/settings").willReturn(okJson(settings)));
  }

  private void whapiAnswersThePatch(int status, String message) {
    wireMock.stubFor(
        patch("/settings")
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(WhapiFixtures.error(status, message))));
  }

  private void assertPatchedWebhooks(String... webhooks) {
    wireMock.verify(
        1,
        patchRequestedFor(urlEqualTo("/settings"))
            .withHeader("Authorization", equalTo(BEARER))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson("{\"webhooks\":[%s]}".formatted(String.join(",", webhooks)))));
  }

  private GatewayException registrationFailure() {
    var thrown = new GatewayException[1];
    assertThatThrownBy(() -> configurer.registerWebhook(WhapiFixtures.account(), TARGET))
        .isInstanceOfSatisfying(GatewayException.class, e -> thrown[0] = e);
    assertThat(thrown[0].getMessage()).doesNotContain(SECRET, WhapiFixtures.TOKEN);
    return thrown[0];
  }

  @Test
  void addsTheGatewayWithItsHeaderAndEventsWhenWhapiHasNoWebhooks() {
    whapiHolds("{\"callback_persist\":true,\"offline_mode\":false,\"full_history\":false}");

    configurer.registerWebhook(WhapiFixtures.account(), TARGET);

    wireMock.verify(
        1, getRequestedFor(urlEqualTo("/settings")).withHeader("Authorization", equalTo(BEARER)));
    // Strict JSON equality: the other settings Whapi returned are not written back.
    assertPatchedWebhooks(GATEWAY);
  }

  @Test
  void addsTheGatewayToAnEmptyList() {
    whapiHolds("{\"webhooks\":[]}");

    configurer.registerWebhook(WhapiFixtures.account(), TARGET);

    assertPatchedWebhooks(GATEWAY);
  }

  @Test
  void keepsAForeignWebhookAndReplacesTheGatewaysEarlierOne() {
    whapiHolds("{\"webhooks\":[%s,%s]}".formatted(FOREIGN, EARLIER));

    configurer.registerWebhook(WhapiFixtures.account(), TARGET);

    assertPatchedWebhooks(FOREIGN, GATEWAY);
  }

  @Test
  void registeringTwiceLeavesOneGatewayEntry() {
    whapiHolds("{\"webhooks\":[%s]}".formatted(GATEWAY));

    configurer.registerWebhook(WhapiFixtures.account(), TARGET);

    assertPatchedWebhooks(GATEWAY);
  }

  @Test
  void refusesATargetWithoutSecretHeaderBeforeCallingWhapi() {
    var pathOnly = WebhookTarget.withSecretInPath(URI.create(URL));

    assertThatThrownBy(() -> configurer.registerWebhook(WhapiFixtures.account(), pathOnly))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(wireMock.getAllServeEvents()).isEmpty();
  }

  @Test
  void changesNothingWhenTheSettingsCannotBeRead() {
    wireMock.stubFor(
        get("/settings")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(WhapiFixtures.error(401, "Need channel authorization"))));

    assertThat(registrationFailure().code()).isEqualTo(ErrorCode.PROVIDER_AUTH_FAILED);
    wireMock.verify(0, patchRequestedFor(urlEqualTo("/settings")));
  }

  @Test
  void mapsWhapisRefusalOfTheNewListToProviderRejected() {
    whapiHolds("{\"webhooks\":[]}");
    whapiAnswersThePatch(400, "Wrong settings format");

    var e = (ProviderException) registrationFailure();

    assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_REJECTED);
    assertThat(e.providerStatus()).contains(400);
    assertThat(e.getMessage()).contains("Wrong settings format");
  }

  @Test
  void mapsAWhapiServerErrorOnThePatchToProviderError() {
    whapiHolds("{\"webhooks\":[]}");
    whapiAnswersThePatch(500, "Internal error");

    var e = (ProviderException) registrationFailure();

    assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
    assertThat(e.providerStatus()).contains(500);
  }

  @Test
  void hidesTheWebhookSecretEvenWhenWhapiEchoesIt() {
    whapiHolds("{\"webhooks\":[]}");
    whapiAnswersThePatch(400, "Header value " + SECRET + " is too long");

    assertThat(registrationFailure().getMessage()).contains("******");
  }

  @Test
  void mapsAnUpdateAnswerWithoutAfterUpdateToProviderError() {
    whapiHolds("{\"webhooks\":[]}");
    wireMock.stubFor(patch("/settings").willReturn(okJson("{\"changes\":[]}")));

    assertThat(registrationFailure().code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
  }
}
