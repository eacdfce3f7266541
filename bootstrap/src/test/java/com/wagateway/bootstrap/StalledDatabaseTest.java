package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.wagateway.bootstrap.persistence.GatedDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A database that stalls the send journal (its connections held at {@link GatedDatabase#GATE})
 * makes sends fail fast with 503 GATEWAY_OVERLOADED instead of hanging, and none of them reaches
 * the provider: the journal holds one waiting write here, and gives each 1 s to commit.
 */
@QuarkusTest
@TestProfile(StalledDatabaseTest.Profile.class)
class StalledDatabaseTest extends GatewayTest {
  private static final String TEXT = "/messages/text";

  /** One write may wait; each has 1 s; the journal's connections pass the gate. */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "gateway.send-journal.max-pending", "1",
          "gateway.send-journal.write-timeout", "1s");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(GatedDatabase.class);
    }
  }

  private final ExecutorService callers = Executors.newFixedThreadPool(3);
  private String tenant;
  private String key;

  @BeforeEach
  void tenantWhoseProviderAccepts() {
    tenant = AdminApi.freshId("stalled");
    key = AdminApi.createOnWhapi(tenant, "token-" + tenant);
    providers().stubFor(post(urlEqualTo(TEXT)).willReturn(okJson(ResilienceTest.SENT)));
  }

  @AfterEach
  void databaseBack() {
    GatedDatabase.GATE.open();
    callers.shutdownNow();
  }

  private Response send(String text) {
    return as(key)
        .body("{\"to\": \"573001234567\", \"text\": \"" + text + "\"}")
        .post("/v1/tenants/" + tenant + TEXT);
  }

  private CompletableFuture<Response> sendInBackground(String text) {
    return CompletableFuture.supplyAsync(() -> send(text), callers);
  }

  private static RequestPatternBuilder sendsOf(String text) {
    return postRequestedFor(urlEqualTo(TEXT)).withRequestBody(containing(text));
  }

  @Test
  void aSendBeyondTheWaitingWritesIsRefusedAtOnceWith503AndNeverReachesTheProvider()
      throws Exception {
    GatedDatabase.GATE.close();
    CompletableFuture<Response> held = sendInBackground("held");
    await().until(() -> GatedDatabase.GATE.held() == 1); // the writer waits for the database
    Map<String, CompletableFuture<Response>> racing =
        Map.of(
            "first racer",
            sendInBackground("first racer"),
            "second racer",
            sendInBackground("second racer"));

    // One of the two takes the one waiting place; the other is refused without waiting.
    await().until(() -> racing.values().stream().anyMatch(CompletableFuture::isDone));
    String loser =
        racing.entrySet().stream()
            .filter(racer -> racer.getValue().isDone())
            .filter(racer -> racer.getValue().join().body().asString().contains("already waiting"))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    Response refused = racing.get(loser).join();
    refused
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("code", equalTo("GATEWAY_OVERLOADED"))
        .body("detail", containsString("already waiting to be recorded"));
    assertThat(Long.parseLong(refused.header("Retry-After"))).isGreaterThanOrEqualTo(1);
    providers().verify(0, postRequestedFor(urlEqualTo(TEXT)));

    GatedDatabase.GATE.open();
    CompletableFuture.allOf(held, racing.get("first racer"), racing.get("second racer"))
        .get(30, TimeUnit.SECONDS);
    providers().verify(0, sendsOf(loser));
  }

  @Test
  void aSendWhoseAttemptIsNotRecordedInTimeGets503AndIsNeitherSentNorRecorded() {
    GatedDatabase.GATE.close();

    Response late = send("late");

    late.then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("code", equalTo("GATEWAY_OVERLOADED"));
    assertThat(Long.parseLong(late.header("Retry-After"))).isGreaterThanOrEqualTo(1);
    assertThat(GatedDatabase.GATE.held()).as("the database is still stalled").isEqualTo(1);
    providers().verify(0, postRequestedFor(urlEqualTo(TEXT)));

    GatedDatabase.GATE.open();
    String next =
        send("next").then().statusCode(200).extract().path("id"); // after the stalled writes
    as(key)
        .get("/v1/tenants/" + tenant + "/messages")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].id", equalTo(next));
    providers().verify(1, postRequestedFor(urlEqualTo(TEXT)));
  }

  /**
   * The provider accepts, then the database stalls before the outcome is written: the caller still
   * learns the message went out, and a retry with its key returns it, settled UNKNOWN since its
   * outcome was lost, without sending it again.
   */
  @Test
  void aSendWhoseOutcomeIsNotRecordedAnswersTheProvidersAcceptanceAndARetryNeverSendsAgain() {
    String idempotencyKey = "outcome-lost-" + tenant;
    // The journal's next connection (the attempt's) passes; the one after (the outcome's) waits.
    GatedDatabase.GATE.closeAfter(1);
    Response answered =
        as(key)
            .header("Idempotency-Key", idempotencyKey)
            .body(ResilienceTest.HI)
            .post("/v1/tenants/" + tenant + TEXT);
    GatedDatabase.GATE.open();
    Response retry =
        as(key)
            .header("Idempotency-Key", idempotencyKey)
            .body(ResilienceTest.HI)
            .post("/v1/tenants/" + tenant + TEXT);

    answered.then().statusCode(200).body("status", equalTo("SENT"));
    retry
        .then()
        .statusCode(200)
        .body("id", equalTo(answered.path("id")))
        .body("status", equalTo("UNKNOWN"));
    as(key)
        .get("/v1/tenants/" + tenant + "/messages/" + retry.path("id"))
        .then()
        .statusCode(200)
        .body("error.code", equalTo("OUTCOME_LOST"));
    providers().verify(1, postRequestedFor(urlEqualTo(TEXT)));
  }
}
