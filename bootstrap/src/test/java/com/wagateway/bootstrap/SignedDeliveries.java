package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.wagateway.application.outbound.DeliverWebhooks;
import com.wagateway.application.outbound.SigningSecret;
import com.wagateway.application.outbound.WebhookSignature;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Test helper: a {@code ["*"]} subscriber on the provider stub, and the signed body it got. */
final class SignedDeliveries {
  private SignedDeliveries() {}

  /** Subscribes the tenant to every event type; the subscription's signing secret. */
  static String subscribeToAll(String tenant, String key) {
    GatewayTest.providers().stubFor(post(path(tenant)).willReturn(ok()));
    return GatewayTest.as(key)
        .body(
            "{\"url\": \""
                + GatewayTest.providers().baseUrl()
                + path(tenant)
                + "\", \"events\": [\"*\"]}")
        .post("/v1/tenants/" + tenant + "/subscriptions")
        .then()
        .statusCode(201)
        .body("events.size()", equalTo(7))
        .extract()
        .path("secret");
  }

  /** Runs the delivery worker once; the one body the subscriber got, its signature checked. */
  static JsonPath signedBodyDelivered(
      DeliverWebhooks deliver, String tenant, String secret, String provider) {
    deliver.deliverDue(Instant.now().plus(Duration.ofHours(1)), 100);

    List<LoggedRequest> received =
        GatewayTest.providers().findAll(postRequestedFor(urlEqualTo(path(tenant))));
    assertThat(received).hasSize(1);
    LoggedRequest request = received.get(0);
    assertThat(
            WebhookSignature.verify(
                SigningSecret.parse(secret, "secret"),
                request.getHeader("webhook-id"),
                Long.parseLong(request.getHeader("webhook-timestamp")),
                request.getBodyAsString(),
                request.getHeader("webhook-signature")))
        .isTrue();
    JsonPath body = JsonPath.from(request.getBodyAsString());
    assertThat(body.getInt("schemaVersion")).isEqualTo(2);
    assertThat(body.getString("data.tenantId")).isEqualTo(tenant);
    assertThat(body.getString("data.provider")).isEqualTo(provider);
    return body;
  }

  private static String path(String tenant) {
    return "/subscriber/" + tenant;
  }
}
