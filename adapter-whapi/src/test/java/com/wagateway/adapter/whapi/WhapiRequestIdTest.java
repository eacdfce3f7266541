package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.MESSAGE_ID;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The id of the gateway request being handled travels to Whapi as {@code X-Request-Id}. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiRequestIdTest {
  @InjectWhapiMock WireMockServer wireMock;
  @Inject WhapiMessageSender sender;

  @BeforeEach
  void answerMarkRead() {
    wireMock.resetAll();
    wireMock.stubFor(put("/messages/" + MESSAGE_ID).willReturn(okJson(WhapiFixtures.SUCCESS)));
  }

  @AfterEach
  void everyRequestMatchesWhapisOpenApi() {
    MDC.remove("requestId");
    WhapiOpenApi.assertAllRequestsValid(wireMock);
  }

  @Test
  void sendsTheCurrentRequestId() {
    MDC.put("requestId", "req-whapi-1");

    sender.markRead(WhapiFixtures.account(), MESSAGE_ID);

    wireMock.verify(
        putRequestedFor(urlEqualTo("/messages/" + MESSAGE_ID))
            .withHeader("X-Request-Id", equalTo("req-whapi-1")));
  }

  @Test
  void sendsNoIdOutsideARequest() {
    sender.markRead(WhapiFixtures.account(), MESSAGE_ID);

    wireMock.verify(
        putRequestedFor(urlEqualTo("/messages/" + MESSAGE_ID))
            .withHeader("X-Request-Id", absent()));
  }
}
