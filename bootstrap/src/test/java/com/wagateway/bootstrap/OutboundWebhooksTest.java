package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.wagateway.application.outbound.DeliverWebhooks;
import com.wagateway.application.outbound.SigningSecret;
import com.wagateway.application.outbound.WebhookSignature;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Outbound webhooks end to end: a provider event comes in, the tenant's subscriber gets it signed
 * from the outbox, through failures, dead letters and replays. The delivery worker is off in tests;
 * each test drives it step by step with explicit times, so retries need no waiting.
 */
@QuarkusTest
class OutboundWebhooksTest extends GatewayTest {
  /** Later than any retry scheduled so far: every pending delivery is due. */
  private static final Duration STEP = Duration.ofHours(3);

  @Inject DeliverWebhooks deliver;

  private Instant clock = Instant.now();

  /** A fresh Whapi tenant; returns its caller key. */
  private static String tenant(String id) {
    return AdminApi.createOnWhapi(id, "whapi-token-not-real-" + id);
  }

  private static String subscriberUrl(String path) {
    return providers().baseUrl() + path;
  }

  private static JsonPath subscribe(String key, String tenant, String url, String events) {
    return as(key)
        .body("{\"url\": \"" + url + "\", \"events\": " + events + "}")
        .post("/v1/tenants/" + tenant + "/subscriptions")
        .then()
        .statusCode(201)
        .body("secret", startsWith("whsec_"))
        .extract()
        .jsonPath();
  }

  /** One run of the delivery worker, a step later than the last one. */
  private void workerRuns() {
    clock = clock.plus(STEP);
    deliver.deliverDue(clock, 100);
  }

  private static List<LoggedRequest> received(String path) {
    return providers().findAll(postRequestedFor(urlEqualTo(path)));
  }

  private static boolean signedBy(String secret, LoggedRequest request) {
    return WebhookSignature.verify(
        SigningSecret.parse(secret, "secret"),
        request.getHeader("webhook-id"),
        Long.parseLong(request.getHeader("webhook-timestamp")),
        request.getBodyAsString(),
        request.getHeader("webhook-signature"));
  }

  @Test
  void aSubscriberDownForTwoAttemptsGetsTheEventOnceSignedWhenItRecovers() {
    String id = AdminApi.freshId("out");
    String key = tenant(id);
    String path = "/subscriber/" + id;
    String secret =
        subscribe(key, id, subscriberUrl(path), "[\"message.received\"]").getString("secret");
    providers()
        .stubFor(
            post(path)
                .inScenario(id)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("down again"));
    providers()
        .stubFor(
            post(path)
                .inScenario(id)
                .whenScenarioStateIs("down again")
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("up"));
    providers().stubFor(post(path).inScenario(id).whenScenarioStateIs("up").willReturn(ok()));

    ProviderWebhooks.whapiDelivers(id, WhapiFixtures.read("message-text.json"));
    for (int run = 0; run < 5; run++) {
      workerRuns();
    }

    List<LoggedRequest> attempts = received(path);
    assertThat(attempts).hasSize(3);
    assertThat(attempts)
        .extracting(r -> r.getHeader("webhook-id"))
        .containsOnly(attempts.get(0).getHeader("webhook-id"));
    assertThat(attempts).allMatch(r -> signedBy(secret, r));
    JsonPath event = JsonPath.from(attempts.get(2).getBodyAsString());
    assertThat(event.getString("type")).isEqualTo("message.received");
    assertThat(event.getString("data.tenantId")).isEqualTo(id);
    assertThat(event.getString("data.providerMessageId"))
        .isEqualTo("p.w30M7fgwWD4XwHu.g4CA-gBgTwl0rVw");
    assertThat(event.getString("data.text")).isEqualTo("Hello world");

    String delivery =
        as(key)
            .get("/v1/tenants/" + id + "/deliveries")
            .then()
            .statusCode(200)
            .body("items.size()", equalTo(1))
            .body("items[0].state", equalTo("DELIVERED"))
            .body("items[0].webhookId", equalTo(attempts.get(0).getHeader("webhook-id")))
            .extract()
            .path("items[0].id");
    as(key)
        .get("/v1/tenants/" + id + "/deliveries/" + delivery)
        .then()
        .statusCode(200)
        .body("attempts", equalTo(3))
        .body("history.statusCode", contains(503, 500, 200))
        .body("payload.type", equalTo("message.received"));
  }

  @Test
  void aRedeliveredProviderEventIsPublishedOnceAndEachEventHasItsOwnId() {
    String id = AdminApi.freshId("out");
    String key = tenant(id);
    String path = "/subscriber/" + id;
    subscribe(key, id, subscriberUrl(path), "[\"message.received\", \"message.status\"]");
    providers().stubFor(post(path).willReturn(ok()));

    ProviderWebhooks.whapiDelivers(id, WhapiFixtures.read("message-text.json"));
    ProviderWebhooks.whapiDelivers(id, WhapiFixtures.read("message-text.json"));
    ProviderWebhooks.whapiDelivers(id, WhapiFixtures.read("status-delivered.json"));
    workerRuns();
    workerRuns();

    List<LoggedRequest> delivered = received(path);
    assertThat(delivered).hasSize(2);
    assertThat(delivered).extracting(r -> r.getHeader("webhook-id")).doesNotHaveDuplicates();
    assertThat(delivered)
        .extracting(r -> JsonPath.from(r.getBodyAsString()).getString("type"))
        .containsExactlyInAnyOrder("message.received", "message.status");
  }

  @Test
  void onlyTheSubscribedEventTypesAreDelivered() {
    String id = AdminApi.freshId("out");
    String key = tenant(id);
    String path = "/subscriber/" + id;
    subscribe(key, id, subscriberUrl(path), "[\"instance.status\"]");
    providers().stubFor(post(path).willReturn(ok()));

    ProviderWebhooks.whapiDelivers(id, WhapiFixtures.read("message-text.json"));
    ProviderWebhooks.whapiDelivers(id, WhapiFixtures.read("users-logout.json"));
    workerRuns();

    List<LoggedRequest> delivered = received(path);
    assertThat(delivered).hasSize(1);
    assertThat(JsonPath.from(delivered.get(0).getBodyAsString()).getString("type"))
        .isEqualTo("instance.status");
  }

  @Test
  void aDeliveryThatKeepsFailingIsDeadUntilReplayedWithTheSameId() {
    String id = AdminApi.freshId("out");
    String key = tenant(id);
    String path = "/subscriber/" + id;
    subscribe(key, id, subscriberUrl(path), "[\"message.received\"]");
    providers().stubFor(post(path).willReturn(aResponse().withStatus(500)));
    ProviderWebhooks.whapiDelivers(id, WhapiFixtures.read("message-text.json"));

    for (int run = 0; run < 5; run++) {
      workerRuns();
    }

    assertThat(received(path)).hasSize(3); // gateway.webhooks.delivery.max-attempts in tests
    String delivery =
        as(key)
            .queryParam("state", "DEAD")
            .get("/v1/tenants/" + id + "/deliveries")
            .then()
            .statusCode(200)
            .body("items.size()", equalTo(1))
            .body("items[0].nextAttemptAt", nullValue())
            .extract()
            .path("items[0].id");
    String webhookId = received(path).get(0).getHeader("webhook-id");

    providers().stubFor(post(path).willReturn(ok()));
    as(key)
        .post("/v1/tenants/" + id + "/deliveries/" + delivery + "/replay")
        .then()
        .statusCode(202)
        .body("state", equalTo("PENDING"))
        .body("attempts", equalTo(0));
    workerRuns();

    List<LoggedRequest> all = received(path);
    assertThat(all).hasSize(4);
    assertThat(all.get(3).getHeader("webhook-id")).isEqualTo(webhookId);
    as(key)
        .get("/v1/tenants/" + id + "/deliveries/" + delivery)
        .then()
        .body("state", equalTo("DELIVERED"))
        .body("history.statusCode", contains(500, 500, 500, 200));
  }

  @Test
  void anUnreachableSubscriberIsRecordedAndRetried() {
    String id = AdminApi.freshId("out");
    String key = tenant(id);
    subscribe(key, id, "http://127.0.0.1:9/nothing-listens-here", "[\"message.received\"]");
    ProviderWebhooks.whapiDelivers(id, WhapiFixtures.read("message-text.json"));

    workerRuns();

    as(key)
        .get("/v1/tenants/" + id + "/deliveries")
        .then()
        .body("items[0].state", equalTo("PENDING"))
        .body("items[0].attempts", equalTo(1))
        .body("items[0].nextAttemptAt", not(nullValue()));
  }

  @Test
  void subscriptionsAreListedWithoutTheirSecretAndCanBeDeleted() {
    String id = AdminApi.freshId("out");
    String key = tenant(id);
    String sub =
        subscribe(key, id, "https://crm.example.com/hooks", "[\"message.status\"]").getString("id");

    as(key)
        .get("/v1/tenants/" + id + "/subscriptions")
        .then()
        .statusCode(200)
        .body("items.id", contains(sub))
        .body("items[0].secret", nullValue())
        .body("items[0].events", contains("message.status"));
    as(key).get("/v1/tenants/" + id + "/subscriptions/" + sub).then().body("secret", nullValue());
    as(key).delete("/v1/tenants/" + id + "/subscriptions/" + sub).then().statusCode(204);
    as(key)
        .get("/v1/tenants/" + id + "/subscriptions/" + sub)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void aCallerSecretIsUsedAsGiven() {
    String id = AdminApi.freshId("out");
    String key = tenant(id);
    as(key)
        .body(
            "{\"url\": \"https://crm.example.com/hooks\", \"events\": [\"message.status\"],"
                + " \"secret\": \"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\"}")
        .post("/v1/tenants/" + id + "/subscriptions")
        .then()
        .statusCode(201)
        .body("secret", equalTo("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
  }

  @Test
  void badSubscriptionsAreRefusedWithEveryReason() {
    String id = AdminApi.freshId("out");
    String key = tenant(id);
    as(key)
        .body("{\"url\": \"ftp://crm.example.com\", \"events\": [\"message.sent\"]}")
        .post("/v1/tenants/" + id + "/subscriptions")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("violations.field", hasItem("url"));
    as(key)
        .body("{\"url\": \"https://crm.example.com\", \"events\": [\"message.sent\"]}")
        .post("/v1/tenants/" + id + "/subscriptions")
        .then()
        .statusCode(400)
        .body("violations.field", contains("events"));
    as(key)
        .body("{\"url\": \"https://crm.example.com\", \"events\": []}")
        .post("/v1/tenants/" + id + "/subscriptions")
        .then()
        .statusCode(400)
        .body("violations.field", contains("events"));
    as(key)
        .body(
            "{\"url\": \"https://crm.example.com\", \"events\": [\"message.status\"],"
                + " \"secret\": \"not-a-secret\"}")
        .post("/v1/tenants/" + id + "/subscriptions")
        .then()
        .statusCode(400)
        .body("violations.field", contains("secret"));
    as(key)
        .queryParam("state", "LOST")
        .get("/v1/tenants/" + id + "/deliveries")
        .then()
        .statusCode(400)
        .body("violations.field", contains("state"));
    as(key)
        .post("/v1/tenants/" + id + "/deliveries/dlv_unknown/replay")
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
  }
}
