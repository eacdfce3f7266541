package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.BEARER;
import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.presence.ContactPresence;
import com.wagateway.domain.presence.OwnPresence;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Whapi's {@code Presences} operations, requested exactly as its spec documents them. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiPresencesTest extends WhapiAdapterTest {
  private static final ReachLog REACHED = ReachLog.of(WhapiPresences.class);

  WhapiPresencesTest() {
    super(REACHED);
  }

  private static final String CHAT = "573001234567@s.whatsapp.net";
  private static final String ENTRY_PATH = "/presences/" + CHAT;
  private static final String CHECKED = "{\"contacts\": []}";

  @Inject WhapiPresences presences;

  @Test
  void declaresEveryPresenceOperation() {
    assertThat(presences.supportedOperations())
        .isEqualTo(
            EnumSet.of(
                Operation.PRESENCE_OWN, Operation.PRESENCE_READ, Operation.PRESENCE_SUBSCRIBE));
  }

  @Test
  void setsTheOwnPresenceOnlineAndOffline() {
    WhapiFixtures.answers(wireMock, "PUT", "/presences/me", 200, CHECKED);

    presences.setOwn(WhapiFixtures.account(), OwnPresence.ONLINE);
    presences.setOwn(WhapiFixtures.account(), OwnPresence.OFFLINE);

    for (String body : new String[] {"{\"presence\": \"online\"}", "{\"presence\": \"offline\"}"}) {
      wireMock.verify(
          1,
          putRequestedFor(urlEqualTo("/presences/me"))
              .withHeader("Authorization", equalTo(BEARER))
              .withRequestBody(equalToJson(body)));
    }
  }

  @Test
  void readsAChatsPresenceWithItsLastSeenTime() {
    WhapiFixtures.answers(
        wireMock,
        "GET",
        ENTRY_PATH,
        200,
        "{\"contact_id\": \"573001234567\", \"last_seen\": 1712995245, \"status\": \"typing\"}");

    ContactPresence presence = presences.get(WhapiFixtures.account(), CHAT);

    assertThat(presence)
        .isEqualTo(new ContactPresence(CHAT, "typing", Instant.ofEpochSecond(1712995245)));
    wireMock.verify(
        getRequestedFor(urlEqualTo(ENTRY_PATH)).withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void anUnsubscribedPresenceIsNotFoundAndAnAnswerWithoutContactIsAProviderError() {
    WhapiFixtures.answers(wireMock, "GET", ENTRY_PATH, 404, WhapiFixtures.error(404, "no"));
    WhapiFixtures.failsWith(
        ErrorCode.NOT_FOUND, () -> presences.get(WhapiFixtures.account(), CHAT));

    WhapiFixtures.answers(wireMock, "GET", ENTRY_PATH, 200, "{\"status\": \"online\"}");
    WhapiFixtures.failsWith(
        ErrorCode.PROVIDER_ERROR, () -> presences.get(WhapiFixtures.account(), CHAT));
  }

  @Test
  void subscribesToAChatsPresenceWithoutABody() {
    WhapiFixtures.answers(wireMock, "POST", ENTRY_PATH, 200, CHECKED);

    presences.subscribe(WhapiFixtures.account(), CHAT);

    wireMock.verify(
        postRequestedFor(urlEqualTo(ENTRY_PATH)).withHeader("Authorization", equalTo(BEARER)));
  }
}
