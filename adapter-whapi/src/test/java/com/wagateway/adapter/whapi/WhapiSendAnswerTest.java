package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.port.Completions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How Whapi's {@code SentMessage} and {@code ResponseSuccess} answers become domain results. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiSendAnswerTest {
  private static final OutboundMessage HELLO =
      new OutboundMessage(
          Recipient.parse("573001234567"), new MessageContent.Text("Hello", null, null));

  @InjectWhapiMock WireMockServer wireMock;
  @Inject WhapiMessageSender sender;

  @BeforeEach
  void resetProvider() {
    wireMock.resetAll();
  }

  @AfterEach
  void everyRequestMatchesWhapisOpenApi() {
    WhapiOpenApi.assertAllRequestsValid(wireMock);
  }

  private void whapiAnswers(String json) {
    wireMock.stubFor(post("/messages/text").willReturn(okJson(json)));
  }

  @ParameterizedTest(name = "Whapi status {0} -> {1}")
  @CsvSource({
    "pending, ACCEPTED",
    "sent, SENT",
    "delivered, DELIVERED",
    "read, READ",
    "played, PLAYED",
    "failed, FAILED",
    "deleted, ACCEPTED",
    "something-new, ACCEPTED"
  })
  void mapsWhapisMessageStatusToDeliveryStatus(String whapiStatus, DeliveryStatus expected) {
    whapiAnswers(WhapiFixtures.sentMessage("abcd-1234", whapiStatus));

    assertThat(Completions.join(sender.send(WhapiFixtures.account(), HELLO)).status())
        .isEqualTo(expected);
  }

  @Test
  void treatsAnAnswerWithoutStatusAsAccepted() {
    whapiAnswers("{\"sent\":true,\"message\":{\"id\":\"abcd-1234\"}}");

    assertThat(Completions.join(sender.send(WhapiFixtures.account(), HELLO)).status())
        .isEqualTo(DeliveryStatus.ACCEPTED);
  }

  @Test
  void mapsA200WithoutMessageIdToProviderError() {
    whapiAnswers("{\"sent\":true,\"message\":{\"status\":\"pending\"}}");

    assertProviderError();
  }

  @Test
  void mapsA200WithoutMessageToProviderError() {
    whapiAnswers("{\"sent\":true}");

    assertProviderError();
  }

  @Test
  void mapsSentFalseToProviderError() {
    whapiAnswers("{\"sent\":false,\"message\":{\"id\":\"abcd-1234\"}}");

    assertProviderError();
  }

  @Test
  void mapsAJsonArrayToProviderError() {
    whapiAnswers("[]");

    assertProviderError();
  }

  @Test
  void mapsAReactionAnswerWithoutSuccessToProviderError() {
    wireMock.stubFor(put("/messages/abcd-1234/reaction").willReturn(okJson("{\"success\":false}")));
    var reaction =
        new OutboundMessage(
            Recipient.parse("573001234567"), new MessageContent.Reaction("abcd-1234", "👍"));

    assertThatThrownBy(() -> Completions.join(sender.send(WhapiFixtures.account(), reaction)))
        .isInstanceOfSatisfying(
            ProviderException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
  }

  private void assertProviderError() {
    assertThatThrownBy(() -> Completions.join(sender.send(WhapiFixtures.account(), HELLO)))
        .isInstanceOfSatisfying(
            ProviderException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
  }
}
