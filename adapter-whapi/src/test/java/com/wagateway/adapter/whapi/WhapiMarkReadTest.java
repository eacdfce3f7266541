package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.BEARER;
import static com.wagateway.adapter.whapi.WhapiFixtures.MESSAGE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Auto-read emulation: an incoming message is marked read with Whapi's markMessageAsRead. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiMarkReadTest extends WhapiAdapterTest {
  private static final ReachLog REACHED = ReachLog.of(WhapiMessageSender.class, "markRead");

  WhapiMarkReadTest() {
    super(REACHED);
  }

  @Inject WhapiMessageSender sender;

  private ErrorCode failureOf(String messageId) {
    var thrown = new GatewayException[1];
    assertThatThrownBy(() -> sender.markRead(WhapiFixtures.account(), messageId))
        .isInstanceOfSatisfying(GatewayException.class, e -> thrown[0] = e);
    return thrown[0].code();
  }

  @Test
  void marksTheMessageReadWithAPutOnItsIdAndNoBody() {
    wireMock.stubFor(put("/messages/" + MESSAGE_ID).willReturn(okJson(WhapiFixtures.SUCCESS)));

    sender.markRead(WhapiFixtures.account(), MESSAGE_ID);

    wireMock.verify(
        1,
        putRequestedFor(urlEqualTo("/messages/" + MESSAGE_ID))
            .withHeader("Authorization", equalTo(BEARER))
            .withRequestBody(absent()));
  }

  @Test
  void pathEncodesAnIdSoItCannotReachAnotherEndpoint() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson(WhapiFixtures.SUCCESS)));

    sender.markRead(WhapiFixtures.account(), "abcd/reaction?x=1");

    assertThat(wireMock.getAllServeEvents())
        .singleElement()
        .satisfies(e -> assertThat(e.getRequest().getUrl()).startsWith("/messages/abcd%2F"));
    // Not a Whapi id, so the request cannot match the spec: nothing is left for the check.
    wireMock.resetRequests();
  }

  @Test
  void mapsAnUnsuccessfulAnswerToProviderError() {
    wireMock.stubFor(put("/messages/" + MESSAGE_ID).willReturn(okJson("{\"success\":false}")));

    assertThat(failureOf(MESSAGE_ID)).isEqualTo(ErrorCode.PROVIDER_ERROR);
  }

  @Test
  void mapsAnUnknownMessageToNotFound() {
    wireMock.stubFor(
        put("/messages/" + MESSAGE_ID)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(WhapiFixtures.error(404, "Specified message not found"))));

    assertThat(failureOf(MESSAGE_ID)).isEqualTo(ErrorCode.NOT_FOUND);
  }
}
