package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Idempotency-Key on sends: repeats return the message as it stands, reuse is refused, races send
 * once, and a send that may have gone out is never sent again.
 */
@QuarkusTest
class IdempotencyTest extends GatewayTest {
  private static final String HI = "{\"to\": \"+573001234567\", \"text\": \"Hi\"}";

  private Response send(String key, String body) {
    return asWhapiTenant().header("Idempotency-Key", key).body(body).post(whapi("/messages/text"));
  }

  private void providerAccepts() {
    providers()
        .stubFor(
            post("/messages/text")
                .willReturn(
                    okJson(
                            "{\"sent\": true, \"message\": {\"id\": \"w-idem\", \"status\": \"sent\"}}")
                        .withFixedDelay(50)));
  }

  @Test
  void aRepeatReturnsTheOriginalAnswerWithoutCallingTheProviderAgain() {
    providerAccepts();
    String key = UUID.randomUUID().toString();

    String first = send(key, HI).then().statusCode(200).extract().asString();
    String again =
        send(key, "{\"text\": \"Hi\", \"to\": \"57 300 123 4567\"}")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    assertThat(again).isEqualTo(first);
    providers().verify(1, postRequestedFor(urlEqualTo("/messages/text")));
  }

  @Test
  void theSameKeyWithAnotherBodyGets422() {
    providerAccepts();
    String key = UUID.randomUUID().toString();
    send(key, HI).then().statusCode(200);

    send(key, "{\"to\": \"+573001234567\", \"text\": \"Bye\"}")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    providers().verify(1, postRequestedFor(urlEqualTo("/messages/text")));
  }

  @Test
  void concurrentRequestsWithOneKeySendOnce() throws Exception {
    providerAccepts();
    String key = UUID.randomUUID().toString();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return send(key, HI).statusCode();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).containsOnly(200, 409).contains(200);
    } finally {
      pool.shutdownNow();
    }
    providers().verify(1, postRequestedFor(urlEqualTo("/messages/text")));
    send(key, HI).then().statusCode(200);
    providers().verify(1, postRequestedFor(urlEqualTo("/messages/text")));
  }

  static Stream<Arguments> answersThatMayHaveSent() {
    return Stream.of(
        Arguments.of("no answer within the timeout", status(200).withFixedDelay(3_000), 504),
        Arguments.of(
            "connection reset after the request",
            aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
            502),
        Arguments.of("a 500", status(500), 502));
  }

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"sent\": true, \"message\": {\"id\": \"w-late\", \"status\": \"sent\"}}");
  }

  /**
   * Fault injection at the provider: the first call's outcome is unknown, so the key stays bound to
   * the message, recorded UNKNOWN, and the retry returns it instead of sending a second time.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("answersThatMayHaveSent")
  void aRetryAfterAnAmbiguousFailureReturnsTheUnknownMessageAndNeverSendsAgain(
      String what, ResponseDefinitionBuilder lost, int firstStatus) {
    providers().stubFor(post("/messages/text").willReturn(lost));
    String key = UUID.randomUUID().toString();

    String detail =
        send(key, HI).then().statusCode(firstStatus).extract().jsonPath().getString("detail");
    providerAccepts();
    Response retry = send(key, HI);

    assertThat(detail).contains("recorded as UNKNOWN");
    retry.then().statusCode(200).body("status", equalTo("UNKNOWN"));
    providers().verify(1, postRequestedFor(urlEqualTo("/messages/text")));
    asWhapiTenant()
        .get(whapi("/messages/" + retry.jsonPath().getString("id")))
        .then()
        .statusCode(200)
        .body("status", equalTo("UNKNOWN"))
        .body("history.status", contains("ACCEPTED", "UNKNOWN"));
  }

  @Test
  void aRefusalByTheProviderFreesTheKey() {
    providers().stubFor(post("/messages/text").willReturn(status(400)));
    String key = UUID.randomUUID().toString();
    send(key, HI).then().statusCode(422);
    providerAccepts();

    send(key, HI).then().statusCode(200).body("status", equalTo("SENT"));
    providers().verify(2, postRequestedFor(urlEqualTo("/messages/text")));
  }

  @Test
  void refusesAnOverlongKey() {
    send("k".repeat(256), HI).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
  }
}
