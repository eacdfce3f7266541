package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Provider webhooks: authenticated by the tenant's webhook secret, each event stored once, statuses
 * applied to the stored message, unreadable payloads kept and still answered 2xx.
 */
@QuarkusTest
class WebhooksTest extends GatewayTest {
  @Test
  void aStatusWebhookUpdatesTheStoredMessageOnceEvenWhenRedelivered() {
    String id = AdminApi.freshId("hook");
    String key = AdminApi.createOnWhapi(id, "whapi-token-not-real-hook");
    providers()
        .stubFor(
            post("/messages/text")
                .willReturn(
                    okJson(
                        "{\"sent\": true, \"message\": {\"id\": \"p.w30M7fgwWD4XwHu.g4CA-gBgTwl0rVw\", \"status\": \"sent\"}}")));
    String messageId =
        as(key)
            .body("{\"to\": \"919984351847\", \"text\": \"Hello\"}")
            .post("/v1/tenants/" + id + "/messages/text")
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    String secret = ProviderWebhooks.setup(id).getString("whapiSecret");

    // The documented fixture is from 2024: make it a read receipt of now, after the send.
    String read =
        WhapiFixtures.read("status-read.json")
            .replace("1712995290", String.valueOf(java.time.Instant.now().getEpochSecond() + 1));
    ProviderWebhooks.toWhapi(id, secret, read)
        .statusCode(200)
        .body("events", equalTo(1))
        .body("duplicates", equalTo(0));
    ProviderWebhooks.toWhapi(id, secret, read).statusCode(200).body("duplicates", equalTo(1));

    as(key)
        .get("/v1/tenants/" + id + "/messages/" + messageId)
        .then()
        .statusCode(200)
        .body("status", equalTo("READ"))
        .log()
        .body()
        .body("history.status", contains("ACCEPTED", "SENT", "READ"));
  }

  @Test
  void refusesAWrongOrMissingSecretWith401() {
    String id = AdminApi.freshId("hook");
    AdminApi.createOnWhapi(id, "whapi-token-not-real-hook2");

    ProviderWebhooks.toWhapi(id, "wrong", WhapiFixtures.read("message-text.json"))
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("UNAUTHENTICATED"));
    given()
        .contentType("application/json")
        .body(WhapiFixtures.read("message-text.json"))
        .post("/v1/webhooks/whapi/" + id)
        .then()
        .statusCode(401);
    String otherSecret =
        ProviderWebhooks.setup(ProviderStubs.WHAPI_TENANT).getString("whapiSecret");
    ProviderWebhooks.toWhapi(id, otherSecret, WhapiFixtures.read("message-text.json"))
        .statusCode(401);
  }

  @Test
  void keepsAnUnreadablePayloadAndStillAnswers2xx() {
    String id = AdminApi.freshId("hook");
    AdminApi.createOnWhapi(id, "whapi-token-not-real-hook3");
    String secret = ProviderWebhooks.setup(id).getString("whapiSecret");

    ProviderWebhooks.toWhapi(id, secret, "<html>not json</html>")
        .statusCode(200)
        .body("storedRaw", equalTo(true));
    ProviderWebhooks.toWhapi(id, secret, "{\"event\": {\"type\": \"novelty\"}}")
        .statusCode(200)
        .body("storedRaw", equalTo(true));
  }

  @Test
  void acceptsEveryDocumentedWhapiEvent() {
    String id = AdminApi.freshId("hook");
    AdminApi.createOnWhapi(id, "whapi-token-not-real-hook4");
    String secret = ProviderWebhooks.setup(id).getString("whapiSecret");

    for (String name :
        new String[] {
          "message-text.json",
          "status-delivered.json",
          "channel-health-qr.json",
          "users-logout.json"
        }) {
      ProviderWebhooks.toWhapi(id, secret, WhapiFixtures.read(name))
          .statusCode(200)
          .body("events", equalTo(1))
          .body("storedRaw", equalTo(false));
    }
  }

  @Test
  void apiWhatsAppWebDeliversWithTheSecretInThePath() {
    String id = AdminApi.freshId("hook");
    AdminApi.create(AdminApi.awwwBody(id, "awww-key-not-real-hook5", "inst-h"));
    String path = ProviderWebhooks.setup(id).getString("apiWhatsAppWebPath");

    given()
        .contentType("application/json")
        .body(
            "{\"message\": \"ok\", \"messageSent\": \"Hi\", \"number\": \"573001234567\", \"messageId\": \"aw-1\"}")
        .post(path)
        .then()
        .statusCode(200)
        .body("events", equalTo(1));
    given()
        .contentType("application/json")
        .body("{}")
        .post("/v1/webhooks/apiwhatsappweb/" + id + "/wrong")
        .then()
        .statusCode(401);
  }

  @Test
  void keepsAnUnreadableApiWhatsAppWebPayloadAndStillAnswers2xx() {
    String id = AdminApi.freshId("hook");
    AdminApi.create(AdminApi.awwwBody(id, "awww-key-not-real-hook6", "inst-h6"));

    ProviderWebhooks.toApiWhatsAppWeb(id, "{\"messageId\": ")
        .statusCode(200)
        .body("events", equalTo(0))
        .body("storedRaw", equalTo(true));
    ProviderWebhooks.toApiWhatsAppWeb(id, "{\"event\": \"novelty\"}")
        .statusCode(200)
        .body("storedRaw", equalTo(true));
  }
}
