package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The per-tenant send rate: a tenant configured for a burst of 2 and a trickle after it (see {@link
 * ResilienceTest.Profile}) gets 429 before its provider is called; nobody else is slowed.
 */
@QuarkusTest
@TestProfile(ResilienceTest.Profile.class)
class RateLimitTest extends GatewayTest {
  static final String THROTTLED = "throttled-shop";
  private static final String TOKEN = "token-" + THROTTLED;

  private static Response send(String key, String idempotencyKey) {
    var request = as(key).body(ResilienceTest.HI);
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return request.post("/v1/tenants/" + THROTTLED + "/messages/text");
  }

  // One test: the tenant's allowance lasts as long as the application, so its steps depend on
  // each other.
  @Test
  void sendsTheBurstThenRefusesWith429BeforeCallingTheProviderAndReplaysStayFree() {
    String key = AdminApi.createOnWhapi(THROTTLED, TOKEN);
    ResilienceTest.everyoneElseSends();
    String idempotencyKey = UUID.randomUUID().toString();

    String first = send(key, idempotencyKey).then().statusCode(200).extract().path("id");
    send(key, null).then().statusCode(200);
    Response refused = send(key, UUID.randomUUID().toString());

    refused
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("code", equalTo("RATE_LIMITED"))
        .body("tenantId", equalTo(THROTTLED));
    assertThat(Long.parseLong(refused.header("Retry-After"))).isGreaterThanOrEqualTo(1);
    providers().verify(2, sendsOf(TOKEN));

    send(key, idempotencyKey).then().statusCode(200).body("id", equalTo(first));
    providers().verify(2, sendsOf(TOKEN));

    for (int i = 0; i < 3; i++) {
      asWhapiTenant().body(ResilienceTest.HI).post(whapi("/messages/text")).then().statusCode(200);
    }
    assertThat(ResilienceTest.metric("gateway_rate_limited_total", Map.of("tenant", THROTTLED)))
        .isEqualTo(1.0);
  }

  private static RequestPatternBuilder sendsOf(String token) {
    return postRequestedFor(urlEqualTo("/messages/text"))
        .withHeader("Authorization", WireMock.equalTo("Bearer " + token));
  }
}
