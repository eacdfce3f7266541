package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.BEARER;
import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.channel.ChannelLimits;
import com.wagateway.domain.channel.WebhookEvent;
import com.wagateway.domain.channel.WebhookProbe;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.port.Operation;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whapi's channel limits, event list and webhook test, requested exactly as its spec says. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiChannelTest extends WhapiAdapterTest {
  private static final ReachLog REACHED = ReachLog.of(WhapiChannel.class);

  WhapiChannelTest() {
    super(REACHED);
  }

  private static final String CHAT = "573001234567@s.whatsapp.net";
  private static final WebhookProbe PROBE =
      new WebhookProbe("https://hooks.example.com/whatsapp", "messages");

  @Inject WhapiChannel channel;

  @Test
  void declaresEveryChannelOperation() {
    assertThat(channel.supportedOperations())
        .containsExactlyInAnyOrder(
            Operation.CHANNEL_LIMITS, Operation.CHANNEL_EVENTS, Operation.CHANNEL_WEBHOOK_TEST);
  }

  @Test
  void readsATrialChannelsLimits() {
    wireMock.stubFor(
        get("/limits")
            .willReturn(
                okJson(
                    "{\"messages\": 100, \"chats\": [\""
                        + CHAT
                        + "\"], \"checks\": 50, \"requests\": 1000}")));

    assertThat(channel.limits(WhapiFixtures.account()))
        .contains(new ChannelLimits(100, List.of(CHAT), 50, 1000));
    wireMock.verify(
        1, getRequestedFor(urlEqualTo("/limits")).withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void aChannelWithoutLimitsHasNone() {
    wireMock.stubFor(get("/limits").willReturn(aResponse().withStatus(204)));

    assertThat(channel.limits(WhapiFixtures.account())).isEmpty();
  }

  @Test
  void limitsWithoutACountAreNotAsDocumented() {
    wireMock.stubFor(get("/limits").willReturn(okJson("{\"messages\": 100, \"chats\": []}")));

    WhapiFixtures.failsWith(
        ErrorCode.PROVIDER_ERROR, () -> channel.limits(WhapiFixtures.account()));
  }

  @Test
  void listsTheEventsAWebhookCanCarry() {
    wireMock.stubFor(
        get("/settings/events")
            .willReturn(
                okJson(
                    "[{\"type\": \"messages\", \"method\": \"post\"}, {\"type\": \"statuses\","
                        + " \"method\": \"put\"}, {\"method\": \"post\"}]")));

    assertThat(channel.events(WhapiFixtures.account()))
        .containsExactly(new WebhookEvent("messages", "post"), new WebhookEvent("statuses", "put"));
    wireMock.verify(
        1,
        getRequestedFor(urlEqualTo("/settings/events"))
            .withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void sendsTheTestEventInTheBodyMode() {
    wireMock.stubFor(post("/settings/webhook_test").willReturn(okJson(WhapiFixtures.SUCCESS)));

    channel.testWebhook(WhapiFixtures.account(), PROBE);

    wireMock.verify(
        1,
        postRequestedFor(urlEqualTo("/settings/webhook_test"))
            .withHeader("Authorization", equalTo(BEARER))
            .withRequestBody(
                equalToJson(
                    "{\"url\": \"https://hooks.example.com/whatsapp\", \"type\": \"messages\","
                        + " \"mode\": \"body\"}")));
  }

  @Test
  void aTestEventWhapiCouldNotDeliverIsAProviderRejection() {
    wireMock.stubFor(
        post("/settings/webhook_test")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(WhapiFixtures.error(400, "webhook url is not reachable"))));

    WhapiFixtures.failsWith(
        ErrorCode.PROVIDER_REJECTED, () -> channel.testWebhook(WhapiFixtures.account(), PROBE));
  }

  @Test
  void aTestEventAnsweredWithoutSuccessIsNotAsDocumented() {
    wireMock.stubFor(post("/settings/webhook_test").willReturn(okJson("{\"success\": false}")));

    WhapiFixtures.failsWith(
        ErrorCode.PROVIDER_ERROR, () -> channel.testWebhook(WhapiFixtures.account(), PROBE));
  }
}
