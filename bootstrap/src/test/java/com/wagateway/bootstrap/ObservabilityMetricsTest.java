package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.application.outbound.DeliverWebhooks;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every metric the Grafana dashboard and the alert rules read is in {@code /q/metrics} of this
 * running gateway, once it has done what makes each meter appear (a send, a provider call, a
 * rate-limit refusal, a dead webhook delivery); and the webhook and readiness meters count what
 * they say.
 */
@QuarkusTest
@TestProfile(ObservabilityMetricsTest.Profile.class)
class ObservabilityMetricsTest extends GatewayTest {
  private static final String THROTTLED = "obs-throttled";

  /** Series Prometheus adds to every scrape target itself: no gateway exports them. */
  private static final Set<String> PROMETHEUS_OWN = Set.of("up");

  private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((\\w+), (\\w+)\\)");

  @Inject DeliverWebhooks deliver;

  /** A tenant that may send once, then hardly ever: one rate-limit refusal on demand. */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      String throttled = "gateway.limits.tenants." + THROTTLED + ".";
      return Map.of(throttled + "send-rate", "0.001", throttled + "send-burst", "1");
    }
  }

  @Test
  void everyMetricTheDashboardAndTheAlertsReadIsExported() {
    sendsOnceThenIsRateLimited();
    aDeliveryDies(AdminApi.freshId("obs"));

    Set<String> used = new TreeSet<>();
    ObservabilityFiles.expressions().forEach(expr -> used.addAll(PromQlMetricNames.in(expr)));
    used.removeAll(PROMETHEUS_OWN);
    String metrics = metrics();
    Set<String> exported = exported(metrics);

    assertThat(used).contains("gateway_messages_sent_total", "http_server_requests_seconds_count");
    assertThat(used)
        .as("metrics the dashboard or the alert rules read but /q/metrics lacks")
        .allMatch(exported::contains);
    Matcher tenants =
        LABEL_VALUES.matcher(ObservabilityFiles.variable("tenant").path("definition").asText());
    assertThat(tenants.matches()).isTrue();
    assertThat(metrics.lines())
        .as("the tenant variable's metric carries the label")
        .anyMatch(line -> line.startsWith(tenants.group(1) + "{") && line.contains("tenant=\""));
  }

  @Test
  void countsDeliveryAttemptsByOutcomeAndTheBacklogAndPublishesReadiness() {
    String tenant = AdminApi.freshId("obs");
    earlierDeliveriesAreSettled();
    String before = metrics();

    String pending = aDeliveryDies(tenant);

    String after = metrics();
    assertThat(increase(before, after, "gateway_webhook_attempts_total", "outcome=\"retrying\""))
        .as(after.lines().filter(line -> line.startsWith("gateway_")).toList().toString())
        .isEqualTo(2.0); // gateway.webhooks.delivery.max-attempts is 3 in tests
    assertThat(increase(before, after, "gateway_webhook_attempts_total", "outcome=\"dead\""))
        .isEqualTo(1.0);
    assertThat(sample(pending, "gateway_webhook_deliveries_pending"))
        .isEqualTo(sample(before, "gateway_webhook_deliveries_pending") + 1);
    assertThat(sample(after, "gateway_webhook_deliveries_pending"))
        .isEqualTo(sample(before, "gateway_webhook_deliveries_pending"));
    assertThat(sample(after, "gateway_ready")).isEqualTo(1.0);
  }

  private static void sendsOnceThenIsRateLimited() {
    String key = AdminApi.createOnWhapi(THROTTLED, "token-" + THROTTLED);
    providers().stubFor(post(urlEqualTo("/messages/text")).willReturn(okJson(ResilienceTest.SENT)));
    String path = "/v1/tenants/" + THROTTLED + "/messages/text";
    as(key).body(ResilienceTest.HI).post(path).then().statusCode(200);
    as(key).body(ResilienceTest.HI).post(path).then().statusCode(429);
  }

  /**
   * A received message for {@code tenant} whose subscriber always answers 500, delivered until it
   * is dead; the metrics while it was pending.
   */
  private String aDeliveryDies(String tenant) {
    String key = AdminApi.createOnWhapi(tenant, "token-" + tenant);
    String path = "/subscriber/" + tenant;
    providers().stubFor(post(path).willReturn(aResponse().withStatus(500)));
    as(key)
        .body("{\"url\": \"" + providers().baseUrl() + path + "\", \"events\": [\"*\"]}")
        .post("/v1/tenants/" + tenant + "/subscriptions")
        .then()
        .statusCode(201);
    ProviderWebhooks.whapiDelivers(tenant, WhapiFixtures.read("message-text.json"));
    String pending = metrics();
    Instant clock = Instant.now();
    for (int run = 0; run < 3; run++) {
      clock = clock.plus(Duration.ofHours(3));
      deliver.deliverDue(clock, 100);
    }
    return pending;
  }

  /**
   * The in-memory database outlives the application between test classes: whatever an earlier class
   * left pending is delivered or dead after this, or due only in ten years, so the steps below
   * count this class's attempts only.
   */
  private void earlierDeliveriesAreSettled() {
    Instant farAway = Instant.now().plus(Duration.ofDays(3650));
    for (int run = 0; run < 3; run++) {
      deliver.deliverDue(farAway.plus(Duration.ofHours(3L * run)), 1000);
    }
  }

  private static String metrics() {
    return given()
        .accept("text/plain")
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  /** The names of the samples in a Prometheus text exposition. */
  private static Set<String> exported(String metrics) {
    return metrics
        .lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("[{ ]", 2)[0])
        .collect(Collectors.toSet());
  }

  /**
   * The value of the sample {@code name} whose labels include {@code labels} (each {@code
   * key="value"}), 0 when there is none. Labels are matched by containment: this exposition format
   * ends a label list with a comma ({@code {outcome="dead",}}).
   */
  private static double sample(String metrics, String name, String... labels) {
    return metrics
        .lines()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .filter(line -> Stream.of(labels).allMatch(line::contains))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElse(0);
  }

  private static double increase(String before, String after, String name, String label) {
    return sample(after, name, label) - sample(before, name, label);
  }
}
