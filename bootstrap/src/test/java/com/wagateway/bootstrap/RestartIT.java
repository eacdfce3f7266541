package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged application, started, stopped and started again on the same H2 file: tenants created
 * through the admin API are still there, with working keys and decryptable credentials, and webhook
 * deliveries in the middle of their retries go on after the restart, none lost, none doubled.
 */
class RestartIT {
  private static final String ADMIN = "restart-admin-key";
  private PackagedGateway app;

  @AfterEach
  void stop() throws InterruptedException {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void tenantsCreatedThroughTheApiSurviveARestart() throws Exception {
    Path data = Files.createTempDirectory("gateway-restart");
    int port = PackagedGateway.freePort();

    start(data, port);
    String key = createWhapiTenant(port, "durable");
    stopGracefully();

    start(data, port);
    given()
        .port(port)
        .header("Authorization", "Bearer " + ADMIN)
        .get("/v1/admin/tenants/durable")
        .then()
        .statusCode(200)
        .body("provider", equalTo("whapi"))
        .body("credentials.token", equalTo("****able"));
    given()
        .port(port)
        .header("Authorization", "Bearer " + key)
        .get("/v1/tenants/durable/capabilities")
        .then()
        .statusCode(200);
  }

  @Test
  void webhookDeliveriesInTheMiddleOfTheirRetriesSurviveARestart() throws Exception {
    Path data = Files.createTempDirectory("gateway-restart");
    int port = PackagedGateway.freePort();
    WireMockServer subscriber = new WireMockServer(wireMockConfig().dynamicPort());
    subscriber.start();
    try {
      subscriber.stubFor(post("/hook").willReturn(aResponse().withStatus(503)));
      start(
          data,
          port,
          "-Dgateway.webhooks.delivery.poll-interval=100ms",
          "-Dgateway.webhooks.delivery.initial-delay=100ms",
          "-Dgateway.webhooks.delivery.max-delay=500ms",
          "-Dgateway.webhooks.delivery.max-attempts=1000");
      String key = createWhapiTenant(port, "hooked");
      given()
          .port(port)
          .header("Authorization", "Bearer " + key)
          .contentType(ContentType.JSON)
          .body(
              "{\"url\": \""
                  + subscriber.baseUrl()
                  + "/hook\", \"events\": [\"message.received\"]}")
          .post("/v1/tenants/hooked/subscriptions")
          .then()
          .statusCode(201);
      String secret =
          given()
              .port(port)
              .header("Authorization", "Bearer " + ADMIN)
              .get("/v1/admin/tenants/hooked/webhooks")
              .then()
              .statusCode(200)
              .extract()
              .path("whapiSecret");
      given()
          .port(port)
          .header("X-Gateway-Webhook-Secret", secret)
          .contentType(ContentType.JSON)
          .body(WhapiFixtures.read("message-text.json"))
          .post("/v1/webhooks/whapi/hooked")
          .then()
          .statusCode(200);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> subscriber.findAll(postRequestedFor(urlEqualTo("/hook"))).size() >= 2);
      stopGracefully();

      String webhookId =
          subscriber.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0).getHeader("webhook-id");
      subscriber.resetRequests();
      subscriber.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));
      start(data, port, "-Dgateway.webhooks.delivery.poll-interval=100ms");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> deliveryState(port, key).equals("DELIVERED"));

      List<LoggedRequest> afterRestart = subscriber.findAll(postRequestedFor(urlEqualTo("/hook")));
      assertThat(afterRestart).hasSize(1);
      assertThat(afterRestart.get(0).getHeader("webhook-id")).isEqualTo(webhookId);
    } finally {
      subscriber.stop();
    }
  }

  private static String createWhapiTenant(int port, String id) {
    return given()
        .port(port)
        .header("Authorization", "Bearer " + ADMIN)
        .contentType(ContentType.JSON)
        .body(
            "{\"id\": \""
                + id
                + "\", \"provider\": \"whapi\", \"whapi\": {\"token\": \"whapi-token-not-real-"
                + id
                + "\"}}")
        .post("/v1/admin/tenants")
        .then()
        .statusCode(201)
        .extract()
        .path("apiKey");
  }

  private static String deliveryState(int port, String key) {
    return given()
        .port(port)
        .header("Authorization", "Bearer " + key)
        .get("/v1/tenants/hooked/deliveries")
        .then()
        .statusCode(200)
        .extract()
        .path("items[0].state");
  }

  private void start(Path data, int port, String... properties) throws IOException {
    app = PackagedGateway.start(data, port, ADMIN, List.of(properties));
  }

  private void stopGracefully() throws InterruptedException {
    app.stopGracefully();
  }
}
