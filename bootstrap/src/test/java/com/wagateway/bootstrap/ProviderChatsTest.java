package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chats family (the provider's chats and the settings on each), end to end. */
@QuarkusTest
class ProviderChatsTest extends GatewayTest {
  private static final String BEARER = "Bearer " + ProviderStubs.WHAPI_TOKEN;
  private static final String CHAT = "573001234567@s.whatsapp.net";
  private static final String OK = "{\"success\": true}";

  @Test
  void listsTheProviderChatsOfAWhapiTenantByCursor() {
    providers()
        .stubFor(
            get("/chats?count=1&offset=0")
                .willReturn(
                    okJson(
                        "{\"chats\": [{\"id\": \""
                            + CHAT
                            + "\", \"type\": \"contact\", \"pin\": true, \"unread\": 2}],"
                            + " \"count\": 1, \"offset\": 0, \"total\": 3}")));

    asWhapiTenant()
        .get(whapi("/provider-chats?limit=1"))
        .then()
        .statusCode(200)
        .body("items.chatId", contains(CHAT))
        .body("items[0].pinned", equalTo(true))
        .body("items[0].unreadCount", equalTo(2))
        .body("nextCursor", notNullValue());
    providers()
        .verify(
            getRequestedFor(urlEqualTo("/chats?count=1&offset=0"))
                .withHeader("Authorization", WireMock.equalTo(BEARER)));
  }

  @Test
  void readsOneProviderChat() {
    providers()
        .stubFor(
            get("/chats/" + CHAT)
                .willReturn(okJson("{\"id\": \"" + CHAT + "\", \"type\": \"contact\"}")));

    asWhapiTenant()
        .get(whapi("/provider-chats/" + CHAT))
        .then()
        .statusCode(200)
        .body("chatId", equalTo(CHAT));
  }

  @Test
  void archivesPinsMutesAndDeletesAChat() {
    providers().stubFor(post("/chats/" + CHAT).willReturn(okJson(OK)));
    providers().stubFor(patch("/chats/" + CHAT).willReturn(okJson(OK)));
    providers().stubFor(delete("/chats/" + CHAT).willReturn(okJson(OK)));

    asWhapiTenant().put(whapi("/chats/" + CHAT + "/archive")).then().statusCode(204);
    asWhapiTenant().delete(whapi("/chats/" + CHAT + "/pin")).then().statusCode(204);
    asWhapiTenant()
        .body("{\"until\": \"2099-05-14T10:00:00Z\"}")
        .put(whapi("/chats/" + CHAT + "/mute"))
        .then()
        .statusCode(204);
    asWhapiTenant().post(whapi("/chats/" + CHAT + "/unread")).then().statusCode(204);
    asWhapiTenant()
        .body("{\"timer\": \"off\"}")
        .put(whapi("/chats/" + CHAT + "/disappearing"))
        .then()
        .statusCode(204);
    asWhapiTenant().delete(whapi("/chats/" + CHAT)).then().statusCode(204);

    providers()
        .verify(
            postRequestedFor(urlEqualTo("/chats/" + CHAT))
                .withRequestBody(equalToJson("{\"archive\": true}")));
    for (String body :
        new String[] {
          "{\"pin\": false}",
          "{\"mute_until\": 4082436000000}",
          "{\"mark_unread\": true}",
          "{\"ephemeral\": \"none\"}"
        }) {
      providers()
          .verify(
              1,
              patchRequestedFor(urlEqualTo("/chats/" + CHAT)).withRequestBody(equalToJson(body)));
    }
    providers().verify(deleteRequestedFor(urlEqualTo("/chats/" + CHAT)));
  }

  @ParameterizedTest(name = "{0} {1} answers 501 on API WhatsApp Web")
  @CsvSource({
    "GET, /provider-chats",
    "GET, /provider-chats/573001234567@s.whatsapp.net",
    "PUT, /chats/573001234567@s.whatsapp.net/archive",
    "DELETE, /chats/573001234567@s.whatsapp.net/pin",
    "DELETE, /chats/573001234567@s.whatsapp.net/mute",
    "POST, /chats/573001234567@s.whatsapp.net/unread",
    "DELETE, /chats/573001234567@s.whatsapp.net"
  })
  void refusesEveryOperationOnApiWhatsAppWebWithoutCallingIt(String method, String path) {
    refusedOnApiWhatsAppWebWithoutACall(method, path);
  }

  @Test
  void aChatIdOfTheWrongShapeIsA400NamingIt() {
    asWhapiTenant()
        .put(whapi("/chats/not-a-chat/archive"))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("violations.field", contains("chatId"));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest(name = "{0} with {1} is a 400")
  @CsvSource(
      delimiter = '|',
      value = {
        "/mute|''",
        "/mute|{\"until\": \"2001-01-01T00:00:00Z\"}",
        "/disappearing|''",
        "/disappearing|{\"timer\": \"month\"}"
      })
  void aMissingOrWrongBodyIsA400(String setting, String body) {
    var request = asWhapiTenant();
    if (!body.isEmpty()) {
      request.body(body);
    }
    request
        .put(whapi("/chats/" + CHAT + setting))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }
}
