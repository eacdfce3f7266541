package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.BEARER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.chat.DisappearingTimer;
import com.wagateway.domain.chat.ProviderChat;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.group.Slice;
import com.wagateway.domain.port.Operation;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Whapi's {@code Chats} operations, requested exactly as its spec documents them. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiChatsTest extends WhapiAdapterTest {
  private static final ReachLog REACHED = ReachLog.of(WhapiChats.class);

  WhapiChatsTest() {
    super(REACHED);
  }

  private static final String CHAT = "573001234567@s.whatsapp.net";
  private static final String CHAT_PATH = "/chats/" + CHAT;
  private static final String CHAT_JSON =
      "{\"id\": \"573001234567@s.whatsapp.net\", \"name\": \"Ana\", \"type\": \"contact\","
          + " \"timestamp\": 1675964377, \"pin\": true, \"mute\": true, \"mute_until\":"
          + " 1810364624000, \"archive\": false, \"unread\": 3, \"read_only\": false}";

  @Inject WhapiChats chats;

  @Test
  void declaresEveryChatOperation() {
    assertThat(chats.supportedOperations())
        .isEqualTo(EnumSet.range(Operation.CHATS_LIST, Operation.CHATS_DELETE))
        .hasSize(8);
  }

  @Test
  void listsTheChatsByCountAndOffsetWithTheTotal() {
    WhapiFixtures.answers(
        wireMock,
        "GET",
        "/chats?count=2&offset=4",
        200,
        "{\"chats\": ["
            + CHAT_JSON
            + ", {\"name\": \"no id\", \"type\": \"group\"}],"
            + " \"count\": 2, \"offset\": 4, \"total\": 9}");

    Slice<ProviderChat> slice = chats.list(WhapiFixtures.account(), 4, 2);

    assertThat(slice.total()).isEqualTo(9);
    assertThat(slice.items())
        .containsExactly(
            new ProviderChat(
                CHAT,
                "Ana",
                "contact",
                Instant.ofEpochSecond(1675964377),
                true,
                false,
                true,
                Instant.ofEpochMilli(1810364624000L),
                3,
                false));
    wireMock.verify(
        getRequestedFor(urlEqualTo("/chats?count=2&offset=4"))
            .withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void readsOneChatAndReportsAnUnknownOneAsNotFound() {
    WhapiFixtures.answers(wireMock, "GET", CHAT_PATH, 200, CHAT_JSON);
    assertThat(chats.get(WhapiFixtures.account(), CHAT).unreadCount()).isEqualTo(3);

    WhapiFixtures.answers(
        wireMock, "GET", "/chats/573009999999@s.whatsapp.net", 404, "{\"error\": {\"code\": 404}}");
    assertThatThrownBy(() -> chats.get(WhapiFixtures.account(), "573009999999@s.whatsapp.net"))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  @Test
  void archivesAndUnarchivesThroughItsOwnRequest() {
    WhapiFixtures.answers(wireMock, "POST", CHAT_PATH, 200, WhapiFixtures.SUCCESS);

    chats.archive(WhapiFixtures.account(), CHAT, true);
    chats.archive(WhapiFixtures.account(), CHAT, false);

    wireMock.verify(
        postRequestedFor(urlEqualTo(CHAT_PATH))
            .withRequestBody(equalToJson("{\"archive\": true}")));
    wireMock.verify(
        postRequestedFor(urlEqualTo(CHAT_PATH))
            .withRequestBody(equalToJson("{\"archive\": false}")));
  }

  @Test
  void sendsOneSettingPerPatch() {
    WhapiFixtures.answers(wireMock, "PATCH", CHAT_PATH, 200, WhapiFixtures.SUCCESS);

    chats.pin(WhapiFixtures.account(), CHAT, true);
    chats.mute(WhapiFixtures.account(), CHAT, Instant.ofEpochMilli(1810364624000L));
    chats.unmute(WhapiFixtures.account(), CHAT);
    chats.markUnread(WhapiFixtures.account(), CHAT);
    chats.setDisappearing(WhapiFixtures.account(), CHAT, DisappearingTimer.WEEK);
    chats.setDisappearing(WhapiFixtures.account(), CHAT, DisappearingTimer.OFF);

    for (String body :
        new String[] {
          "{\"pin\": true}",
          "{\"mute_until\": 1810364624000}",
          "{\"mute_until\": 0}",
          "{\"mark_unread\": true}",
          "{\"ephemeral\": \"week\"}",
          "{\"ephemeral\": \"none\"}"
        }) {
      wireMock.verify(
          1, patchRequestedFor(urlEqualTo(CHAT_PATH)).withRequestBody(equalToJson(body)));
    }
  }

  @Test
  void deletesAChat() {
    WhapiFixtures.answers(wireMock, "DELETE", CHAT_PATH, 200, WhapiFixtures.SUCCESS);

    chats.delete(WhapiFixtures.account(), CHAT);

    wireMock.verify(
        deleteRequestedFor(urlEqualTo(CHAT_PATH)).withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void aRefusedChangeIsAProviderError() {
    WhapiFixtures.answers(wireMock, "PATCH", CHAT_PATH, 200, "{\"success\": false}");

    assertThatThrownBy(() -> chats.pin(WhapiFixtures.account(), CHAT, false))
        .isInstanceOf(GatewayException.class);
  }
}
