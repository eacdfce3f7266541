package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * An operator moves a tenant to the other provider; its callers change nothing, nothing restarts.
 */
@QuarkusTest
class ProviderSwitchTest extends GatewayTest {
  private static final String TEXT = "{\"to\": \"+573001234567\", \"text\": \"Hi\"}";

  @Test
  void theNextSendAfterASwitchGoesToTheNewProvider() {
    providers()
        .stubFor(
            post("/messages/text")
                .willReturn(
                    okJson(
                        "{\"sent\": true, \"message\": {\"id\": \"whapi-1\", \"status\": \"sent\"}}")));
    providers()
        .stubFor(
            post("/api/text")
                .willReturn(
                    okJson(
                        "{\"message\": \"ok\", \"phone\": 573001234567, \"messageId\": \"awww-1\"}")));
    String id = AdminApi.freshId("switch");
    String key = AdminApi.createOnWhapi(id, "whapi-token-not-real-5555");

    as(key)
        .body(TEXT)
        .post("/v1/tenants/" + id + "/messages/text")
        .then()
        .statusCode(200)
        .body("provider", equalTo("whapi"))
        .body("providerMessageId", equalTo("whapi-1"));

    AdminApi.switchToApiWhatsAppWeb(id, "awww-key-not-real-5555", "inst-5");

    as(key)
        .body(TEXT)
        .post("/v1/tenants/" + id + "/messages/text")
        .then()
        .statusCode(200)
        .body("provider", equalTo("apiwhatsappweb"))
        .body("providerMessageId", equalTo("awww-1"));

    providers()
        .verify(
            1,
            postRequestedFor(urlEqualTo("/messages/text"))
                .withHeader("Authorization", WireMock.equalTo("Bearer whapi-token-not-real-5555")));
    providers()
        .verify(
            1,
            postRequestedFor(urlEqualTo("/api/text"))
                .withHeader("apiKey", WireMock.equalTo("awww-key-not-real-5555"))
                .withHeader("id", WireMock.equalTo("inst-5")));
  }
}
