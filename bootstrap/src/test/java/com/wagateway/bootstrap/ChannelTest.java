package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The channel family (limits, webhook events, webhook test), end to end, on both providers. */
@QuarkusTest
class ChannelTest extends GatewayTest {
  private static final String BEARER = "Bearer " + ProviderStubs.WHAPI_TOKEN;
  private static final String CHAT = "573001234567@s.whatsapp.net";
  private static final String PROBE =
      "{\"url\": \"https://hooks.example.com/whatsapp\", \"eventType\": \"messages\"}";

  @Test
  void readsATrialChannelsLimits() {
    providers()
        .stubFor(
            get("/limits")
                .willReturn(
                    okJson(
                        "{\"messages\": 100, \"chats\": [\""
                            + CHAT
                            + "\"], \"checks\": 50, \"requests\": 1000}")));

    asWhapiTenant()
        .get(whapi("/channel/limits"))
        .then()
        .statusCode(200)
        .body("limited", equalTo(true))
        .body("messages", equalTo(100))
        .body("chats", contains(CHAT))
        .body("checks", equalTo(50))
        .body("requests", equalTo(1000));
    providers()
        .verify(
            getRequestedFor(urlEqualTo("/limits"))
                .withHeader("Authorization", WireMock.equalTo(BEARER)));
  }

  @Test
  void aChannelWithoutLimitsSaysSo() {
    providers().stubFor(get("/limits").willReturn(aResponse().withStatus(204)));

    asWhapiTenant()
        .get(whapi("/channel/limits"))
        .then()
        .statusCode(200)
        .body("limited", equalTo(false))
        .body("messages", nullValue());
  }

  @Test
  void listsTheWebhookEvents() {
    providers()
        .stubFor(
            get("/settings/events")
                .willReturn(okJson("[{\"type\": \"messages\", \"method\": \"post\"}]")));

    asWhapiTenant()
        .get(whapi("/channel/events"))
        .then()
        .statusCode(200)
        .body("items.type", contains("messages"))
        .body("items.method", contains("post"));
  }

  @Test
  void sendsATestEventToTheUrl() {
    providers().stubFor(post("/settings/webhook_test").willReturn(okJson("{\"success\": true}")));

    asWhapiTenant().body(PROBE).post(whapi("/channel/webhook-test")).then().statusCode(204);

    providers()
        .verify(
            postRequestedFor(urlEqualTo("/settings/webhook_test"))
                .withRequestBody(
                    equalToJson(
                        "{\"url\": \"https://hooks.example.com/whatsapp\", \"type\":"
                            + " \"messages\", \"mode\": \"body\"}")));
  }

  @ParameterizedTest(name = "{0} {1} answers 501 on API WhatsApp Web")
  @CsvSource({"GET, /channel/limits", "GET, /channel/events"})
  void refusesEveryReadOnApiWhatsAppWebWithoutCallingIt(String method, String path) {
    refusedOnApiWhatsAppWebWithoutACall(method, path);
  }

  @Test
  void refusesTheWebhookTestOnApiWhatsAppWebWithoutCallingIt() {
    asAwwwTenant().body(PROBE).post(awww("/channel/webhook-test")).then().statusCode(501);

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @Test
  void refusesWhapisSettingsResetOnTheWhapiRouteWithoutCallingIt() {
    asWhapiTenant()
        .delete(whapi("/whapi/settings"))
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"))
        .body("detail", containsString("the webhook among them"));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest(name = "webhook test with {0} is a 400 naming {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"url\": \"ftp://hooks.example.com\", \"eventType\": \"messages\"}|url",
        "{\"url\": \"https://hooks.example.com\", \"eventType\": \"everything\"}|eventType",
        "{\"url\": \"https://hooks.example.com\"}|eventType"
      })
  void namesTheFieldOfABadWebhookTest(String body, String field) {
    asWhapiTenant()
        .body(body)
        .post(whapi("/channel/webhook-test"))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("violations.field", contains(field));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @Test
  void rejectsAWebhookTestWithoutABody() {
    asWhapiTenant()
        .post(whapi("/channel/webhook-test"))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }
}
