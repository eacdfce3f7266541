package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wagateway.bootstrap.ConsoleClient.csrfOf;
import static com.wagateway.bootstrap.ConsoleClient.session;
import static com.wagateway.bootstrap.ConsoleClient.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.wagateway.application.outbound.DeliverWebhooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The console's activity page: the glance, recent messages with their histories, subscriptions and
 * deliveries with attempts and replay, and the audit trail, each read through the API's use cases
 * and access control.
 */
@QuarkusTest
class ConsoleActivityTest extends GatewayTest {
  private static final String SENT =
      "{\"sent\": true, \"message\": {\"id\": \"wamid-activity\", \"type\": \"text\","
          + " \"status\": \"sent\", \"from_me\": true,"
          + " \"chat_id\": \"573001234567@s.whatsapp.net\", \"timestamp\": 1732300000}}";

  @Inject DeliverWebhooks deliver;

  /**
   * A fresh Whapi tenant with one text sent, one send refused by Whapi, one message received and
   * delivered to its subscriber; answers its caller key.
   */
  private String tenantWithActivity(String id) {
    String key = AdminApi.createOnWhapi(id, "whapi-token-not-real-" + id);
    providers().stubFor(post("/subscriber/" + id).willReturn(ok()));
    as(key)
        .body(
            "{\"url\": \""
                + providers().baseUrl()
                + "/subscriber/"
                + id
                + "\","
                + " \"events\": [\"message.received\"]}")
        .post("/v1/tenants/" + id + "/subscriptions")
        .then()
        .statusCode(201);
    providers().stubFor(post("/messages/text").willReturn(okJson(SENT)));
    send(key, id).statusCode(200);
    providers()
        .stubFor(
            post("/messages/text")
                .willReturn(
                    aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"error\": {\"code\": 400, \"message\": \"Not on WhatsApp\"}}")));
    send(key, id).statusCode(422);
    ProviderWebhooks.whapiDelivers(id, WhapiFixtures.read("message-text.json"));
    deliverDue();
    return key;
  }

  private static io.restassured.response.ValidatableResponse send(String key, String tenant) {
    return as(key)
        .body("{\"to\": \"+573001234567\", \"text\": \"Hello from the activity test\"}")
        .post("/v1/tenants/" + tenant + "/messages/text")
        .then();
  }

  /** One run of the delivery worker, late enough for every pending delivery to be due. */
  private void deliverDue() {
    deliver.deliverDue(Instant.now().plus(Duration.ofHours(3)), 100);
  }

  private static String activity(String tenant) {
    return "/console/tenants/" + tenant + "/activity";
  }

  private static String onlyDelivery(String key, String tenant) {
    return as(key)
        .get("/v1/tenants/" + tenant + "/deliveries")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .extract()
        .path("items[0].id");
  }

  @Test
  void theAdminSeesTheGlanceTheMessagesTheDeliveriesAndTheAuditTrail() {
    String id = AdminApi.freshId("activity");
    String delivery = onlyDelivery(tenantWithActivity(id), id);

    String page =
        session(signIn(ProviderStubs.ADMIN_KEY))
            .get(activity(id))
            .then()
            .statusCode(200)
            .body(containsString("data-testid=\"total-SENT\">sent: 1<"))
            .body(containsString("data-testid=\"total-FAILED\">failed: 1<"))
            .body(containsString("data-src=\"/console/tenants/" + id + "/activity/glance\""))
            .body(containsString("data-glance=\"{&quot;minutes&quot;:["))
            .body(containsString("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js"))
            .body(containsString("Hello world")) // the received message's text
            .body(containsString("PROVIDER_REJECTED")) // why the refused send failed
            .body(containsString("/subscriber/" + id))
            .body(containsString("data-testid=\"delivery-" + delivery + "\""))
            .body(containsString("1 attempt<"))
            .body(containsString("data-testid=\"audit-tenant.created\""))
            .extract()
            .asString();
    assertThat(page).containsSubsequence("ACCEPTED <small>", "SENT <small>"); // a history
  }

  @Test
  void theGlanceCountsTheLastHoursSendsPerMinuteByOutcome() {
    String id = AdminApi.freshId("glance");
    tenantWithActivity(id);

    JsonPath glance =
        session(signIn(ProviderStubs.ADMIN_KEY))
            .accept("application/json")
            .get(activity(id) + "/glance")
            .then()
            .statusCode(200)
            .contentType(containsString("application/json"))
            .body("minutes", hasSize(60))
            .body("series.outcome", equalTo(List.of("SENT", "FAILED", "UNKNOWN", "ACCEPTED")))
            .body("series.total", equalTo(List.of(1, 1, 0, 0)))
            .extract()
            .jsonPath();
    List<Long> minutes = glance.getList("minutes", Long.class);
    assertThat(minutes.get(59) - minutes.get(0)).isEqualTo(59 * 60);
    assertThat(glance.getList("series[0].counts", Integer.class)).hasSize(60).contains(1);
  }

  @Test
  void aDeliveryShowsItsAttemptsAndIsReplayedWithTheSameWebhookId() {
    String id = AdminApi.freshId("replay");
    String key = tenantWithActivity(id);
    String delivery = onlyDelivery(key, id);
    String cookie = signIn(key);

    session(cookie)
        .header("HX-Request", "true")
        .get(activity(id) + "/deliveries/" + delivery + "/attempts")
        .then()
        .statusCode(200)
        .body(containsString("#1 "))
        .body(containsString("delivered, HTTP 200"));

    session(cookie)
        .header("HX-Request", "true")
        .post(activity(id) + "/deliveries/" + delivery + "/replay")
        .then()
        .statusCode(403)
        .body(containsString("data-code=\"FORBIDDEN\"")); // no CSRF token
    session(cookie)
        .header("HX-Request", "true")
        .header("X-CSRF-Token", csrfOf(cookie))
        .post(activity(id) + "/deliveries/" + delivery + "/replay")
        .then()
        .statusCode(200)
        .body(containsString("data-testid=\"delivery-state\">PENDING<"))
        .body(containsString("data-testid=\"replayed\""))
        .body(containsString("data-live=\"true\"")); // reloads itself while pending
    deliverDue();
    session(cookie)
        .header("HX-Request", "true")
        .get(activity(id) + "/deliveries")
        .then()
        .statusCode(200)
        .body(containsString("data-testid=\"delivery-state\">DELIVERED<"))
        .body(not(containsString("data-live")));

    List<LoggedRequest> received =
        providers().findAll(postRequestedFor(urlEqualTo("/subscriber/" + id)));
    assertThat(received).hasSize(2);
    assertThat(received.get(1).getHeader("webhook-id"))
        .isEqualTo(received.get(0).getHeader("webhook-id"));
  }

  @Test
  void aTenantSessionSeesItsOwnActivityWithoutTheAuditTrailAndNoOtherTenants() {
    String id = AdminApi.freshId("own");
    String key = tenantWithActivity(id);
    String other = AdminApi.freshId("other");
    String otherDelivery = onlyDelivery(tenantWithActivity(other), other);
    String cookie = signIn(key);

    session(cookie)
        .get(activity(id))
        .then()
        .statusCode(200)
        .body(containsString("data-testid=\"total-SENT\">sent: 1<"))
        .body(not(containsString("Audit trail")));
    session(cookie)
        .get(activity(other))
        .then()
        .statusCode(403)
        .body(containsString("data-code=\"FORBIDDEN\""));
    session(cookie).get(activity(other) + "/glance").then().statusCode(403);
    session(cookie)
        .header("X-CSRF-Token", csrfOf(cookie))
        .post(activity(other) + "/deliveries/" + otherDelivery + "/replay")
        .then()
        .statusCode(403);
    session(cookie)
        .header("HX-Request", "true")
        .header("X-CSRF-Token", csrfOf(cookie))
        .post(activity(id) + "/deliveries/" + otherDelivery + "/replay")
        .then()
        .statusCode(404)
        .body(containsString("data-code=\"NOT_FOUND\""));
    assertThat(providers().findAll(postRequestedFor(urlEqualTo("/subscriber/" + other))))
        .hasSize(1);
  }

  @Test
  void withoutASessionTheActivityLeadsToTheSignIn() {
    session("no-such-session")
        .get(activity(ProviderStubs.WHAPI_TENANT))
        .then()
        .statusCode(303)
        .header("Location", containsString("/console/sign-in"));
    session("no-such-session")
        .header("HX-Request", "true")
        .get(activity(ProviderStubs.WHAPI_TENANT) + "/glance")
        .then()
        .statusCode(401);
  }
}
