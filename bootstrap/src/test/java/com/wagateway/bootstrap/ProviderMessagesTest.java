package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
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

/** The provider messages family (the provider's history and actions on one message), end to end. */
@QuarkusTest
class ProviderMessagesTest extends GatewayTest {
  private static final String BEARER = "Bearer " + ProviderStubs.WHAPI_TOKEN;
  private static final String CHAT = "573001234567@s.whatsapp.net";
  private static final String ID = "PsobWy36679._7w-wKmB9tMeGQ";
  private static final String MESSAGE = "/messages/" + ID;
  private static final String OK = "{\"success\": true}";
  private static final String TEXT =
      "{\"id\": \""
          + ID
          + "\", \"type\": \"text\", \"chat_id\": \""
          + CHAT
          + "\", \"from\": \"573001234567\", \"from_me\": false, \"timestamp\": 1712995245,"
          + " \"status\": \"read\", \"text\": {\"body\": \"Hello\"}}";

  @Test
  void listsOneChatsHistoryOfAWhapiTenantByCursorWithinAWindow() {
    String whapiPath =
        "/messages/list/" + CHAT + "?count=1&offset=0&time_from=1712995200&time_to=1712998800";
    providers()
        .stubFor(
            get(whapiPath)
                .willReturn(okJson("{\"messages\": [" + TEXT + "], \"count\": 1, \"total\": 3}")));

    asWhapiTenant()
        .get(
            whapi(
                "/provider-messages?limit=1&chatId="
                    + CHAT
                    + "&since=2024-04-13T08:00:00Z&until=2024-04-13T09:00:00Z"))
        .then()
        .statusCode(200)
        .body("items.providerMessageId", contains(ID))
        .body("items[0].text", equalTo("Hello"))
        .body("items[0].timestamp", equalTo("2024-04-13T08:00:45Z"))
        .body("nextCursor", notNullValue());
    providers()
        .verify(
            getRequestedFor(urlEqualTo(whapiPath))
                .withHeader("Authorization", WireMock.equalTo(BEARER)));
  }

  @Test
  void readsOneProviderMessage() {
    providers().stubFor(get(MESSAGE).willReturn(okJson(TEXT)));

    asWhapiTenant()
        .get(whapi("/provider-messages/" + ID))
        .then()
        .statusCode(200)
        .body("chatId", equalTo(CHAT))
        .body("fromMe", equalTo(false));
  }

  @Test
  void forwardsStarsPinsAndTakesTheReactionOff() {
    providers()
        .stubFor(
            post(MESSAGE)
                .willReturn(
                    okJson(
                        "{\"sent\": true, \"message\": {\"id\": \"Fwd5678abcd-EFGH1234\","
                            + " \"status\": \"sent\"}}")));
    providers().stubFor(put(MESSAGE + "/star").willReturn(okJson(OK)));
    providers().stubFor(post(MESSAGE + "/pin").willReturn(okJson(OK)));
    providers().stubFor(delete(MESSAGE + "/pin").willReturn(okJson(OK)));
    providers().stubFor(delete(MESSAGE + "/reaction").willReturn(okJson(OK)));

    asWhapiTenant()
        .body("{\"to\": \"120363012345678901@g.us\"}")
        .post(whapi("/provider-messages/" + ID + "/forward"))
        .then()
        .statusCode(200)
        .body("providerMessageId", equalTo("Fwd5678abcd-EFGH1234"))
        .body("status", equalTo("SENT"));
    asWhapiTenant().delete(whapi("/provider-messages/" + ID + "/star")).then().statusCode(204);
    asWhapiTenant()
        .body("{\"duration\": \"month\"}")
        .put(whapi("/provider-messages/" + ID + "/pin"))
        .then()
        .statusCode(204);
    asWhapiTenant().delete(whapi("/provider-messages/" + ID + "/pin")).then().statusCode(204);
    asWhapiTenant().delete(whapi("/provider-messages/" + ID + "/reaction")).then().statusCode(204);

    providers()
        .verify(
            postRequestedFor(urlEqualTo(MESSAGE))
                .withRequestBody(equalToJson("{\"to\": \"120363012345678901@g.us\"}")));
    providers()
        .verify(
            putRequestedFor(urlEqualTo(MESSAGE + "/star"))
                .withRequestBody(equalToJson("{\"starred\": false}")));
    providers()
        .verify(
            postRequestedFor(urlEqualTo(MESSAGE + "/pin"))
                .withRequestBody(equalToJson("{\"time\": \"month\"}")));
    providers().verify(deleteRequestedFor(urlEqualTo(MESSAGE + "/pin")));
    providers().verify(deleteRequestedFor(urlEqualTo(MESSAGE + "/reaction")));
  }

  @ParameterizedTest(name = "{0} {1} answers 501 on API WhatsApp Web")
  @CsvSource({
    "GET, /provider-messages",
    "GET, /provider-messages/PsobWy36679._7w-wKmB9tMeGQ",
    "PUT, /provider-messages/PsobWy36679._7w-wKmB9tMeGQ/star",
    "DELETE, /provider-messages/PsobWy36679._7w-wKmB9tMeGQ/pin",
    "DELETE, /provider-messages/PsobWy36679._7w-wKmB9tMeGQ/reaction"
  })
  void refusesEveryOperationOnApiWhatsAppWebWithoutCallingIt(String method, String path) {
    refusedOnApiWhatsAppWebWithoutACall(method, path);
  }

  @ParameterizedTest(name = "{0} {1} is a 400 naming {2}")
  @CsvSource({
    "PUT, /provider-messages/not_a_message_id/star, providerMessageId",
    "GET, /provider-messages/abc-defg, providerMessageId",
    "GET, /provider-messages?chatId=not-a-chat, chatId",
    "GET, /provider-messages?since=yesterday, since",
    "GET, /provider-messages?since=2024-04-13T09:00:00Z&until=2024-04-13T08:00:00Z, since"
  })
  void aWrongIdOrFilterIsA400NamingIt(String method, String path, String field) {
    asWhapiTenant()
        .request(method, whapi(path))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("violations.field", contains(field));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest(name = "{0} with {1} is a 400")
  @CsvSource(
      delimiter = '|',
      value = {
        "/forward|''",
        "/forward|{\"to\": \"someone\"}",
        "/pin|''",
        "/pin|{\"duration\": \"year\"}"
      })
  void aMissingOrWrongBodyIsA400(String action, String body) {
    var request = asWhapiTenant();
    if (!body.isEmpty()) {
      request.body(body);
    }
    String path = whapi("/provider-messages/" + ID + action);
    (action.equals("/pin") ? request.put(path) : request.post(path))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }
}
