package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Retries, circuit breaking and metrics of the provider calls, end to end, with Whapi's fault
 * tolerance turned on (small numbers, so that a few calls show it).
 */
@QuarkusTest
@TestProfile(ResilienceTest.Profile.class)
public class ResilienceTest extends GatewayTest {
  static final String SENT =
      "{\"sent\": true, \"message\": {\"id\": \"wamid-7\", \"type\": \"text\", \"status\": \"sent\"}}";
  static final String HI = "{\"to\": \"573001234567\", \"text\": \"Hi\"}";
  private static final String PROFILE = "{\"name\": \"ACME\", \"about\": \"Open\", \"icon\": null}";
  private static final Duration CIRCUIT_DELAY = Duration.ofSeconds(1);
  private static final int CIRCUIT_WINDOW = 4;

  /**
   * Whapi: 2 retries, a circuit over 4 calls opened by half of them failing, paused 1 s, closed by
   * 1 success; 2 calls at once. Also the tenant {@link RateLimitTest#THROTTLED} may send 2 at once
   * and then hardly ever (shared here to save a restart).
   */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      String whapi = "gateway.resilience.whapi.";
      String throttled = "gateway.limits.tenants." + RateLimitTest.THROTTLED + ".";
      return Map.ofEntries(
          Map.entry(whapi + "timeout", "2s"),
          Map.entry(whapi + "retries", "2"),
          Map.entry(whapi + "retry-delay", "10ms"),
          Map.entry(whapi + "circuit-window", CIRCUIT_WINDOW + ""),
          Map.entry(whapi + "circuit-failure-ratio", "0.5"),
          Map.entry(whapi + "circuit-delay", CIRCUIT_DELAY.toMillis() + "ms"),
          Map.entry(whapi + "circuit-successes", "1"),
          Map.entry(whapi + "max-concurrent-calls", "2"),
          Map.entry(throttled + "send-rate", "0.001"),
          Map.entry(throttled + "send-burst", "2"));
    }
  }

  /** A tenant of its own on Whapi, so that its circuit is its own too. */
  record Tenant(String id, String key, String token) {
    static Tenant onWhapi(String prefix) {
      String id = AdminApi.freshId(prefix);
      String token = "token-" + id;
      return new Tenant(id, AdminApi.createOnWhapi(id, token), token);
    }

    Response send() {
      return as(key).body(HI).post("/v1/tenants/" + id + "/messages/text");
    }

    /** Whapi's answer to this tenant's sends, whatever it answers the others. */
    void sendsAnswer(ResponseDefinitionBuilder answer) {
      providers().stubFor(own(post(urlEqualTo("/messages/text"))).atPriority(1).willReturn(answer));
    }

    MappingBuilder own(MappingBuilder stub) {
      return stub.withHeader("Authorization", WireMock.equalTo("Bearer " + token));
    }

    RequestPatternBuilder sends() {
      return postRequestedFor(urlEqualTo("/messages/text"))
          .withHeader("Authorization", WireMock.equalTo("Bearer " + token));
    }
  }

  static ResponseDefinitionBuilder serverError() {
    return aResponse()
        .withStatus(500)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\": {\"code\": 500, \"message\": \"down\"}}");
  }

  static void everyoneElseSends() {
    providers().stubFor(post(urlEqualTo("/messages/text")).atPriority(5).willReturn(okJson(SENT)));
  }

  /** The value of one Prometheus sample at {@code /q/metrics}, or {@code null} when absent. */
  static Double metric(String name, Map<String, String> tags) {
    String metrics =
        given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    for (String line : metrics.split("\n")) {
      if (!line.startsWith(name + "{")) {
        continue;
      }
      String labels = line.substring(name.length() + 1, line.indexOf('}'));
      boolean matches =
          tags.entrySet().stream()
              .allMatch(tag -> labels.contains(tag.getKey() + "=\"" + tag.getValue() + "\""));
      if (matches) {
        return Double.valueOf(line.substring(line.indexOf('}') + 1).trim().split(" ")[0]);
      }
    }
    return null;
  }

  private static void openTheCircuitOf(Tenant tenant) {
    tenant.sendsAnswer(serverError());
    for (int i = 0; i < CIRCUIT_WINDOW; i++) {
      tenant.send().then().statusCode(502).body("code", equalTo("PROVIDER_ERROR"));
    }
  }

  @Test
  void retriesAReadThatFailedAndAnswersTheNextTry() {
    Tenant tenant = Tenant.onWhapi("flaky-read");
    providers()
        .stubFor(
            get("/users/profile")
                .inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willReturn(serverError())
                .willSetStateTo("recovered"));
    providers()
        .stubFor(
            get("/users/profile")
                .inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(okJson(PROFILE)));

    as(tenant.key())
        .get("/v1/tenants/" + tenant.id() + "/profile")
        .then()
        .statusCode(200)
        .body("name", equalTo("ACME"));

    providers().verify(2, getRequestedFor(urlEqualTo("/users/profile")));
  }

  @Test
  void retriesAReadAnsweredWithAnUnreadablePage() {
    Tenant tenant = Tenant.onWhapi("garbled-read");
    providers()
        .stubFor(
            get("/users/profile")
                .inScenario("garbled")
                .whenScenarioStateIs(STARTED)
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html>maintenance</html>"))
                .willSetStateTo("recovered"));
    providers()
        .stubFor(
            get("/users/profile")
                .inScenario("garbled")
                .whenScenarioStateIs("recovered")
                .willReturn(okJson(PROFILE)));

    as(tenant.key()).get("/v1/tenants/" + tenant.id() + "/profile").then().statusCode(200);

    providers().verify(2, getRequestedFor(urlEqualTo("/users/profile")));
  }

  @Test
  void neverRepeatsASendTheProviderMayHaveReceived() {
    Tenant tenant = Tenant.onWhapi("no-resend");
    tenant.sendsAnswer(serverError());

    tenant
        .send()
        .then()
        .statusCode(502)
        .contentType("application/problem+json")
        .body("code", equalTo("PROVIDER_ERROR"));

    providers().verify(1, tenant.sends());
  }

  @Test
  void opensTheCircuitAfterRepeatedFailuresAndClosesItWhenTheProviderRecovers() {
    Tenant failing = Tenant.onWhapi("circuit");
    everyoneElseSends();
    openTheCircuitOf(failing);

    Response refused = failing.send();
    refused
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("code", equalTo("PROVIDER_UNAVAILABLE"))
        .body("provider", equalTo("whapi"));
    assertThat(Long.parseLong(refused.header("Retry-After")))
        .isBetween(1L, Math.max(1, CIRCUIT_DELAY.toSeconds()));
    providers().verify(CIRCUIT_WINDOW, failing.sends());

    asWhapiTenant().body(HI).post(whapi("/messages/text")).then().statusCode(200);

    failing.sendsAnswer(okJson(SENT));
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> failing.send().statusCode() == 200);
    failing.send().then().statusCode(200);
  }

  @Test
  void aRefusedRequestNeverOpensTheCircuit() {
    Tenant tenant = Tenant.onWhapi("refused");
    tenant.sendsAnswer(
        aResponse()
            .withStatus(400)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"error\": {\"code\": 400, \"message\": \"bad number\"}}"));

    for (int i = 0; i < CIRCUIT_WINDOW * 2; i++) {
      tenant.send().then().statusCode(422).body("code", equalTo("PROVIDER_REJECTED"));
    }

    providers().verify(CIRCUIT_WINDOW * 2, tenant.sends());
  }

  @Test
  void publishesEachTenantsCircuitStateAndSendOutcomes() {
    Tenant tenant = Tenant.onWhapi("metered");
    openTheCircuitOf(tenant);
    tenant.send().then().statusCode(503);

    Map<String, String> circuit = Map.of("tenant", tenant.id(), "provider", "whapi");
    assertThat(metric("gateway_provider_circuit_state", circuit)).isEqualTo(2.0);
    assertThat(metric("gateway_messages_sent_total", outcome(tenant, "provider_error")))
        .isEqualTo(CIRCUIT_WINDOW);
    assertThat(metric("gateway_messages_sent_total", outcome(tenant, "provider_unavailable")))
        .isEqualTo(1.0);

    tenant.sendsAnswer(okJson(SENT));
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> tenant.send().statusCode() == 200);

    assertThat(metric("gateway_provider_circuit_state", circuit)).isZero();
    assertThat(metric("gateway_messages_sent_total", outcome(tenant, "ok"))).isEqualTo(1.0);
  }

  private static Map<String, String> outcome(Tenant tenant, String outcome) {
    return Map.of("tenant", tenant.id(), "provider", "whapi", "type", "text", "outcome", outcome);
  }
}
