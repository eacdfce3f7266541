package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on sends: repeats return the first answer, reuse is refused, races send once. */
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

  @Test
  void refusesAnOverlongKey() {
    send("k".repeat(256), HI).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
  }
}
