package com.wagateway.bootstrap;

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

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The presence and account families, end to end. */
@QuarkusTest
class PresenceAndAccountTest extends GatewayTest {
  private static final String BEARER = "Bearer " + ProviderStubs.WHAPI_TOKEN;
  private static final String CHAT = "573001234567@s.whatsapp.net";
  private static final String CHECKED = "{\"contacts\": []}";

  @Test
  void setsTheOwnPresenceThroughWhapi() {
    providers().stubFor(put("/presences/me").willReturn(okJson(CHECKED)));

    asWhapiTenant()
        .body("{\"state\": \"offline\"}")
        .put(whapi("/presences/me"))
        .then()
        .statusCode(204);

    providers()
        .verify(
            putRequestedFor(urlEqualTo("/presences/me"))
                .withHeader("Authorization", WireMock.equalTo(BEARER))
                .withRequestBody(equalToJson("{\"presence\": \"offline\"}")));
  }

  @Test
  void subscribesToAndReadsAChatsPresence() {
    providers().stubFor(post("/presences/" + CHAT).willReturn(okJson(CHECKED)));
    providers()
        .stubFor(
            get("/presences/" + CHAT)
                .willReturn(
                    okJson(
                        "{\"contact_id\": \"573001234567\", \"last_seen\": 1712995245,"
                            + " \"status\": \"online\"}")));

    asWhapiTenant().post(whapi("/presences/" + CHAT + "/subscription")).then().statusCode(204);
    asWhapiTenant()
        .get(whapi("/presences/" + CHAT))
        .then()
        .statusCode(200)
        .body("chatId", equalTo(CHAT))
        .body("state", equalTo("online"))
        .body("lastSeen", equalTo("2024-04-13T08:00:45Z"));

    providers().verify(postRequestedFor(urlEqualTo("/presences/" + CHAT)));
  }

  @Test
  void getsAPairingCodeChangesTheAboutTextAndReadsTheAccount() {
    providers()
        .stubFor(get("/users/login/573001234567").willReturn(okJson("{\"code\": \"123-456\"}")));
    providers().stubFor(put("/status").willReturn(okJson("{\"success\": true}")));
    providers().stubFor(get("/users/info").willReturn(okJson("{\"plan\": \"trial\"}")));

    asWhapiTenant()
        .get(whapi("/instance/pairing-code?phone=573001234567"))
        .then()
        .statusCode(200)
        .body("code", equalTo("123-456"));
    asWhapiTenant()
        .body("{\"about\": \"Open 8-18h\"}")
        .put(whapi("/profile/about"))
        .then()
        .statusCode(204);
    asWhapiTenant()
        .get(whapi("/instance/account"))
        .then()
        .statusCode(200)
        .body("details.plan", equalTo("trial"));

    providers().verify(getRequestedFor(urlEqualTo("/users/login/573001234567")));
    providers()
        .verify(
            putRequestedFor(urlEqualTo("/status"))
                .withRequestBody(equalToJson("{\"status\": \"Open 8-18h\"}")));
  }

  @ParameterizedTest(name = "{0} {1} answers 501 on API WhatsApp Web")
  @CsvSource({
    "PUT, /presences/me",
    "GET, /presences/573001234567@s.whatsapp.net",
    "POST, /presences/573001234567@s.whatsapp.net/subscription",
    "GET, /instance/pairing-code?phone=573001234567",
    "PUT, /profile/about",
    "GET, /instance/account"
  })
  void refusesEveryOperationOnApiWhatsAppWebWithoutCallingIt(String method, String path) {
    if (method.equals("PUT")) {
      asAwwwTenant()
          .body(path.endsWith("me") ? "{\"state\": \"online\"}" : "{\"about\": \"x\"}")
          .put(awww(path))
          .then()
          .statusCode(501)
          .body("code", equalTo("CAPABILITY_NOT_SUPPORTED"));
      assertThat(providers().getAllServeEvents()).isEmpty();
    } else {
      refusedOnApiWhatsAppWebWithoutACall(method, path);
    }
  }

  @ParameterizedTest(name = "{0} {1} is a 400 naming {2}")
  @CsvSource({
    "GET, /presences/not-a-chat, chatId",
    "POST, /presences/12@s.whatsapp.net/subscription, chatId",
    "GET, /instance/pairing-code?phone=+57%20300, phone",
    "GET, /instance/pairing-code, phone"
  })
  void aWrongIdOrPhoneIsA400NamingIt(String method, String path, String field) {
    asWhapiTenant()
        .request(method, whapi(path))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("violations.field", contains(field));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest(name = "PUT {0} with {1} is a 400")
  @CsvSource(
      delimiter = '|',
      value = {
        "/presences/me|''",
        "/presences/me|{\"state\": \"away\"}",
        "/profile/about|''",
        "/profile/about|{}"
      })
  void aMissingOrWrongBodyIsA400(String path, String body) {
    var request = asWhapiTenant();
    if (!body.isEmpty()) {
      request.body(body);
    }
    request.put(whapi(path)).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }
}
