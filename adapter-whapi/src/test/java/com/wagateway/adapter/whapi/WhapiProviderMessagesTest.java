package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.BEARER;
import static com.wagateway.adapter.whapi.WhapiFixtures.MESSAGE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.group.Slice;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.providermessage.HistoryFilter;
import com.wagateway.domain.providermessage.PinDuration;
import com.wagateway.domain.providermessage.ProviderMessage;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Whapi's message history and actions on one message, requested exactly as its spec says. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiProviderMessagesTest extends WhapiAdapterTest {
  private static final ReachLog REACHED = ReachLog.of(WhapiProviderMessages.class);

  WhapiProviderMessagesTest() {
    super(REACHED);
  }

  private static final String CHAT = "573001234567@s.whatsapp.net";
  private static final String MESSAGE_PATH = "/messages/" + MESSAGE_ID;
  private static final String TEXT_JSON =
      "{\"id\": \""
          + MESSAGE_ID
          + "\", \"type\": \"text\", \"chat_id\": \""
          + CHAT
          + "\", \"from\": \"573001234567\", \"from_me\": false, \"timestamp\": 1712995245,"
          + " \"source\": \"mobile\", \"status\": \"read\", \"text\": {\"body\": \"Hello\"}}";
  private static final String IMAGE_JSON =
      "{\"id\": \"Gxyz1234ab-cdEF5678\", \"type\": \"image\", \"chat_id\": \""
          + CHAT
          + "\", \"from_me\": true, \"timestamp\": 1712995300,"
          + " \"image\": {\"id\": \"jpeg-1\", \"caption\": \"The invoice\"}}";

  @Inject WhapiProviderMessages messages;

  @Test
  void declaresEveryProviderMessageOperation() {
    assertThat(messages.supportedOperations())
        .isEqualTo(
            EnumSet.range(Operation.PROVIDER_MESSAGES_LIST, Operation.PROVIDER_MESSAGES_UNREACT))
        .hasSize(6);
  }

  @Test
  void listsEveryChatsHistoryByCountAndOffsetWithTheTotal() {
    WhapiFixtures.answers(
        wireMock,
        "GET",
        "/messages/list?count=2&offset=4",
        200,
        "{\"messages\": ["
            + TEXT_JSON
            + ", "
            + IMAGE_JSON
            + ", {\"type\": \"text\"}], \"count\": 2, \"offset\": 4, \"total\": 9}");

    Slice<ProviderMessage> slice =
        messages.list(WhapiFixtures.account(), HistoryFilter.everything(), 4, 2);

    assertThat(slice.total()).isEqualTo(9);
    assertThat(slice.items())
        .containsExactly(
            new ProviderMessage(
                MESSAGE_ID,
                CHAT,
                "573001234567",
                false,
                Instant.ofEpochSecond(1712995245),
                "text",
                "Hello",
                "read"),
            new ProviderMessage(
                "Gxyz1234ab-cdEF5678",
                CHAT,
                null,
                true,
                Instant.ofEpochSecond(1712995300),
                "image",
                "The invoice",
                null));
    wireMock.verify(
        getRequestedFor(urlEqualTo("/messages/list?count=2&offset=4"))
            .withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void listsOneChatsHistoryWithinAWindowInEpochSeconds() {
    String path =
        "/messages/list/" + CHAT + "?count=10&offset=0&time_from=1712995200&time_to=1712998800";
    WhapiFixtures.answers(
        wireMock, "GET", path, 200, "{\"messages\": [" + TEXT_JSON + "], \"total\": 1}");

    Slice<ProviderMessage> slice =
        messages.list(
            WhapiFixtures.account(),
            new HistoryFilter(
                CHAT, Instant.ofEpochSecond(1712995200), Instant.ofEpochSecond(1712998800)),
            0,
            10);

    assertThat(slice.items()).extracting(ProviderMessage::text).containsExactly("Hello");
    wireMock.verify(getRequestedFor(urlEqualTo(path)));
  }

  @Test
  void readsOneMessageAndReportsAnUnknownOneAsNotFound() {
    WhapiFixtures.answers(wireMock, "GET", MESSAGE_PATH, 200, TEXT_JSON);
    assertThat(messages.get(WhapiFixtures.account(), MESSAGE_ID).from()).isEqualTo("573001234567");

    WhapiFixtures.answers(
        wireMock, "GET", "/messages/Unknown1234-abcdEFGH", 404, WhapiFixtures.error(404, "nope"));
    WhapiFixtures.failsWith(
        ErrorCode.NOT_FOUND, () -> messages.get(WhapiFixtures.account(), "Unknown1234-abcdEFGH"));
  }

  @Test
  void aMessageWithoutAChatIsNotWhatWhapiDocuments() {
    WhapiFixtures.answers(
        wireMock, "GET", MESSAGE_PATH, 200, "{\"id\": \"" + MESSAGE_ID + "\", \"type\": \"text\"}");

    WhapiFixtures.failsWith(
        ErrorCode.PROVIDER_ERROR, () -> messages.get(WhapiFixtures.account(), MESSAGE_ID));
  }

  @Test
  void forwardsToAChatAndNamesTheNewMessage() {
    WhapiFixtures.answers(
        wireMock,
        "POST",
        MESSAGE_PATH,
        200,
        WhapiFixtures.sentMessage("Fwd5678abcd-EFGH1234", "pending"));

    SentMessage sent =
        messages.forward(WhapiFixtures.account(), MESSAGE_ID, "120363012345678901@g.us");

    assertThat(sent).isEqualTo(new SentMessage("Fwd5678abcd-EFGH1234", DeliveryStatus.ACCEPTED));
    wireMock.verify(
        postRequestedFor(urlEqualTo(MESSAGE_PATH))
            .withHeader("Authorization", equalTo(BEARER))
            .withRequestBody(equalToJson("{\"to\": \"120363012345678901@g.us\"}")));
  }

  @Test
  void starsAndUnstarsThroughOneRequest() {
    WhapiFixtures.answers(wireMock, "PUT", MESSAGE_PATH + "/star", 200, WhapiFixtures.SUCCESS);

    messages.star(WhapiFixtures.account(), MESSAGE_ID, true);
    messages.star(WhapiFixtures.account(), MESSAGE_ID, false);

    for (String body : new String[] {"{\"starred\": true}", "{\"starred\": false}"}) {
      wireMock.verify(
          1,
          putRequestedFor(urlEqualTo(MESSAGE_PATH + "/star")).withRequestBody(equalToJson(body)));
    }
  }

  @Test
  void pinsForADurationAndUnpins() {
    WhapiFixtures.answers(wireMock, "POST", MESSAGE_PATH + "/pin", 200, WhapiFixtures.SUCCESS);
    WhapiFixtures.answers(wireMock, "DELETE", MESSAGE_PATH + "/pin", 200, WhapiFixtures.SUCCESS);

    messages.pin(WhapiFixtures.account(), MESSAGE_ID, PinDuration.MONTH);
    messages.unpin(WhapiFixtures.account(), MESSAGE_ID);

    wireMock.verify(
        postRequestedFor(urlEqualTo(MESSAGE_PATH + "/pin"))
            .withRequestBody(equalToJson("{\"time\": \"month\"}")));
    wireMock.verify(deleteRequestedFor(urlEqualTo(MESSAGE_PATH + "/pin")));
  }

  @Test
  void removesTheAccountsReaction() {
    WhapiFixtures.answers(
        wireMock, "DELETE", MESSAGE_PATH + "/reaction", 200, WhapiFixtures.SUCCESS);

    messages.removeReaction(WhapiFixtures.account(), MESSAGE_ID);

    wireMock.verify(
        deleteRequestedFor(urlEqualTo(MESSAGE_PATH + "/reaction"))
            .withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void aRefusedActionIsAProviderError() {
    WhapiFixtures.answers(wireMock, "PUT", MESSAGE_PATH + "/star", 200, "{\"success\": false}");

    WhapiFixtures.failsWith(
        ErrorCode.PROVIDER_ERROR, () -> messages.star(WhapiFixtures.account(), MESSAGE_ID, true));
  }
}
