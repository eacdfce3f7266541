package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Settings the gateway keeps or pushes for a tenant's provider: auto-read (emulated on Whapi, which
 * has no such setting) and the registration of the gateway's webhook URL.
 */
@QuarkusTest
class ProviderSettingsTest extends GatewayTest {

  private static String messageFixture(String providerId) {
    return WhapiFixtures.read("message-text.json")
        .replace("p.w30M7fgwWD4XwHu.g4CA-gBgTwl0rVw", providerId);
  }

  @Test
  void whapiAutoReadIsStoredWithoutCallingWhapiAndMarksIncomingMessagesRead() {
    String id = AdminApi.freshId("read");
    String key = AdminApi.createOnWhapi(id, "whapi-token-not-real-read");
    providers().stubFor(put("/messages/in-1").willReturn(okJson("{\"success\": true}")));

    as(key).get("/v1/tenants/" + id + "/settings/auto-read").then().body("enabled", equalTo(false));
    as(key)
        .body("{\"enabled\": true}")
        .put("/v1/tenants/" + id + "/settings/auto-read")
        .then()
        .statusCode(204);
    providers().verify(0, anyRequestedFor(anyUrl()));
    as(key).get("/v1/tenants/" + id + "/settings/auto-read").then().body("enabled", equalTo(true));

    ProviderWebhooks.whapiDelivers(id, messageFixture("in-1"));
    ProviderWebhooks.whapiDelivers(id, messageFixture("in-1")); // a redelivery is not marked again

    providers().verify(1, putRequestedFor(urlEqualTo("/messages/in-1")));
  }

  @Test
  void withAutoReadOffIncomingMessagesStayUnread() {
    String id = AdminApi.freshId("read");
    AdminApi.createOnWhapi(id, "whapi-token-not-real-unread");

    ProviderWebhooks.whapiDelivers(id, messageFixture("in-2"));

    providers().verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void registersTheGatewayWithWhapiKeepingOtherReceivers() {
    String id = AdminApi.freshId("reg");
    String key = AdminApi.createOnWhapi(id, "whapi-token-not-real-reg");
    providers()
        .stubFor(
            get("/settings")
                .willReturn(
                    okJson(
                        "{\"webhooks\": [{\"url\": \"https://crm.example.com/whapi\", \"mode\":"
                            + " \"body\", \"events\": [{\"type\": \"messages\", \"method\":"
                            + " \"post\"}]}]}")));
    providers()
        .stubFor(
            patch(urlEqualTo("/settings"))
                .willReturn(okJson("{\"after_update\": {}, \"before_update\": {}}")));

    as(key)
        .put("/v1/tenants/" + id + "/settings/webhook")
        .then()
        .statusCode(200)
        .body("provider", equalTo("whapi"))
        .body("url", endsWith("/v1/webhooks/whapi/" + id))
        .body("secretHeader", equalTo("X-Gateway-Webhook-Secret"));

    providers()
        .verify(
            patchRequestedFor(urlEqualTo("/settings"))
                .withRequestBody(
                    matchingJsonPath(
                        "$.webhooks[0].url", wireMockEquals("https://crm.example.com/whapi")))
                .withRequestBody(
                    matchingJsonPath(
                        "$.webhooks[1].headers.X-Gateway-Webhook-Secret",
                        wireMockEquals(ProviderWebhooks.setup(id).getString("whapiSecret")))));
  }

  private static com.github.tomakehurst.wiremock.matching.StringValuePattern wireMockEquals(
      String value) {
    return com.github.tomakehurst.wiremock.client.WireMock.equalTo(value);
  }

  @Test
  void apiWhatsAppWebOnlyTakesAnHttpsWebhookUrl() {
    // Tests reach the gateway over plain http, and no gateway.public-url is set here.
    asAwwwTenant()
        .put(awww("/settings/webhook"))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("violations.field", contains("url"));

    providers().verify(0, anyRequestedFor(anyUrl()));
  }
}
