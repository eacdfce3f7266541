package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.wagateway.domain.port.Operation;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every endpoint of the unified API, end to end, for a tenant on Whapi.Cloud. */
@QuarkusTest
class WhapiEndToEndTest extends GatewayTest {
  private static final String BEARER = "Bearer " + ProviderStubs.WHAPI_TOKEN;
  private static final String SENT =
      "{\"sent\": true, \"message\": {\"id\": \"wamid-42\", \"type\": \"text\", \"status\": \"sent\","
          + " \"from_me\": true, \"chat_id\": \"573001234567@s.whatsapp.net\", \"timestamp\": 1732300000}}";
  static final String PNG_BASE64 =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

  @Test
  void sendsTextThroughWhapi() {
    providers().stubFor(post("/messages/text").willReturn(okJson(SENT)));

    asWhapiTenant()
        .body("{\"to\": \"+57 (300) 123-4567\", \"text\": \"Hello\"}")
        .post(whapi("/messages/text"))
        .then()
        .statusCode(200)
        .body("providerMessageId", equalTo("wamid-42"))
        .body("provider", equalTo("whapi"))
        .body("tenantId", equalTo(ProviderStubs.WHAPI_TENANT))
        .body("to", equalTo("573001234567"))
        .body("type", equalTo("text"))
        .body("status", equalTo("SENT"))
        .body("id", matchesPattern("[0-9a-f-]{36}"))
        .body("createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"));

    providers()
        .verify(
            postRequestedFor(urlEqualTo("/messages/text"))
                .withHeader("Authorization", WireMock.equalTo(BEARER))
                .withRequestBody(matchingJsonPath("$.to", WireMock.equalTo("573001234567")))
                .withRequestBody(matchingJsonPath("$.body", WireMock.equalTo("Hello"))));
  }

  @ParameterizedTest(name = "{0} goes to {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "image|POST|/messages/image|{\"to\": \"573001234567\", \"media\": {\"url\": \"https://cdn.example.com/a.jpg\"}, \"caption\": \"Hi\"}",
        "video|POST|/messages/video|{\"to\": \"573001234567\", \"media\": {\"url\": \"https://cdn.example.com/a.mp4\"}}",
        "audio|POST|/messages/audio|{\"to\": \"573001234567\", \"media\": {\"url\": \"https://cdn.example.com/a.mp3\"}}",
        "voice|POST|/messages/voice|{\"to\": \"573001234567\", \"media\": {\"url\": \"https://cdn.example.com/a.ogg\"}}",
        "document|POST|/messages/document|{\"to\": \"573001234567\", \"media\": {\"url\": \"https://cdn.example.com/a.pdf\"}, \"filename\": \"a.pdf\"}",
        "sticker|POST|/messages/sticker|{\"to\": \"573001234567\", \"media\": {\"url\": \"https://cdn.example.com/a.webp\"}}",
        "location|POST|/messages/location|{\"to\": \"573001234567\", \"latitude\": 4.6, \"longitude\": -74.08}",
        "contact|POST|/messages/contact|{\"to\": \"573001234567\", \"name\": \"Ana\", \"phone\": \"+573109876543\"}",
        "link-preview|POST|/messages/link_preview|{\"to\": \"573001234567\", \"text\": \"See https://shop.example.com\", \"url\": \"https://shop.example.com\", \"title\": \"Shop\"}",
        "poll|POST|/messages/poll|{\"to\": \"120363012345678901@g.us\", \"title\": \"Slot?\", \"options\": [\"AM\", \"PM\"]}",
        "interactive|POST|/messages/interactive|{\"to\": \"573001234567\", \"body\": \"OK?\", \"buttons\": [{\"id\": \"y\", \"title\": \"Yes\"}]}",
        "reaction|PUT|/messages/wamid-7/reaction|{\"to\": \"573001234567\", \"messageId\": \"wamid-7\", \"emoji\": \"👍\"}"
      })
  void sendsEveryMessageTypeThroughWhapi(String type, String method, String path, String body) {
    providers()
        .stubFor(
            com.github.tomakehurst.wiremock.client.WireMock.request(method, urlPathEqualTo(path))
                .willReturn(okJson(SENT.replace("}}", "}, \"success\": true}"))));

    asWhapiTenant()
        .body(body)
        .post(whapi("/messages/" + type))
        .then()
        .statusCode(200)
        .body("type", equalTo(type));

    providers()
        .verify(
            com.github.tomakehurst.wiremock.matching.RequestPatternBuilder.newRequestPattern(
                    com.github.tomakehurst.wiremock.http.RequestMethod.fromString(method),
                    urlPathEqualTo(path))
                .withHeader("Authorization", WireMock.equalTo(BEARER)));
  }

  @Test
  void readsTheProfile() {
    providers()
        .stubFor(
            get("/users/profile")
                .willReturn(
                    okJson(
                        "{\"name\": \"ACME\", \"about\": \"Open 8-18h\", \"icon\": \"https://pps.whatsapp.net/p.jpg\"}")));

    asWhapiTenant()
        .get(whapi("/profile"))
        .then()
        .statusCode(200)
        .body("name", equalTo("ACME"))
        .body("description", equalTo("Open 8-18h"))
        .body("pictureUrl", equalTo("https://pps.whatsapp.net/p.jpg"));
  }

  @Test
  void changesNameAndDescription() {
    providers().stubFor(patch("/users/profile").willReturn(okJson("{\"success\": true}")));

    asWhapiTenant()
        .body("{\"name\": \"ACME Support\", \"description\": \"Open 8-18h\"}")
        .patch(whapi("/profile"))
        .then()
        .statusCode(204);

    providers()
        .verify(
            patchRequestedFor(urlEqualTo("/users/profile"))
                .withHeader("Authorization", WireMock.equalTo(BEARER))
                .withRequestBody(matchingJsonPath("$.name", WireMock.equalTo("ACME Support")))
                .withRequestBody(matchingJsonPath("$.about", WireMock.equalTo("Open 8-18h"))));
  }

  @Test
  void changesThePictureFromAUrl() {
    providers().stubFor(patch("/users/profile").willReturn(okJson("{\"success\": true}")));

    asWhapiTenant()
        .body("{\"url\": \"https://cdn.example.com/logo.png\"}")
        .put(whapi("/profile/picture"))
        .then()
        .statusCode(204);

    providers()
        .verify(
            patchRequestedFor(urlEqualTo("/users/profile"))
                .withRequestBody(
                    matchingJsonPath(
                        "$.icon", WireMock.equalTo("https://cdn.example.com/logo.png"))));
  }

  @Test
  void reportsAConnectedChannel() {
    providers()
        .stubFor(
            get(urlPathEqualTo("/health"))
                .willReturn(
                    okJson(
                        "{\"start_at\": 1732300000, \"uptime\": 60, \"status\": {\"code\": 4, \"text\": \"AUTH\"}}")));

    asWhapiTenant()
        .get(whapi("/instance/status"))
        .then()
        .statusCode(200)
        .body("state", equalTo("CONNECTED"))
        .body("provider", equalTo("whapi"))
        .body("providerState", equalTo("AUTH"))
        .body("$", not(hasKey("phone")))
        .body("$", not(hasKey("name")));

    providers()
        .verify(
            getRequestedFor(urlEqualTo("/health?wakeup=false"))
                .withHeader("Authorization", WireMock.equalTo(BEARER)));
  }

  @Test
  void reportsTheLinkedNumberAndNameOfAConnectedChannel() {
    providers()
        .stubFor(
            get(urlPathEqualTo("/health"))
                .willReturn(
                    okJson(
                        "{\"start_at\": 1732300000, \"uptime\": 60,"
                            + " \"status\": {\"code\": 4, \"text\": \"AUTH\"},"
                            + " \"user\": {\"id\": \"15550001234\", \"name\": \"Demo Store\","
                            + " \"pushname\": \"Demo\", \"is_business\": true}}")));

    asWhapiTenant()
        .get(whapi("/instance/status"))
        .then()
        .statusCode(200)
        .body("state", equalTo("CONNECTED"))
        .body("phone", equalTo("15550001234"))
        .body("name", equalTo("Demo Store"));
  }

  @Test
  void servesTheQrCodeAsJsonAndAsPng() {
    providers()
        .stubFor(
            get(urlPathEqualTo("/users/login"))
                .willReturn(
                    okJson(
                        "{\"status\": \"OK\", \"base64\": \"data:image/png;base64,"
                            + PNG_BASE64
                            + "\", \"expire\": 20}")));

    asWhapiTenant()
        .get(whapi("/instance/qr"))
        .then()
        .statusCode(200)
        .body("qr", equalTo(PNG_BASE64))
        .body("expiresInSeconds", equalTo(20));

    byte[] png =
        asWhapiTenant()
            .accept("image/png")
            .get(whapi("/instance/qr"))
            .then()
            .statusCode(200)
            .contentType("image/png")
            .extract()
            .asByteArray();
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void answers409ForAQrCodeWhenAlreadyConnected() {
    providers()
        .stubFor(
            get(urlPathEqualTo("/users/login"))
                .willReturn(
                    aResponse()
                        .withStatus(409)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"error\": {\"code\": 409, \"message\": \"Channel already authenticated\"}}")));

    asWhapiTenant()
        .get(whapi("/instance/qr"))
        .then()
        .statusCode(409)
        .body("code", equalTo("INSTANCE_STATE_CONFLICT"));
  }

  @Test
  void logsOut() {
    providers().stubFor(post("/users/logout").willReturn(okJson("{\"success\": true}")));

    asWhapiTenant().post(whapi("/instance/logout")).then().statusCode(204);

    providers()
        .verify(
            postRequestedFor(urlEqualTo("/users/logout"))
                .withHeader("Authorization", WireMock.equalTo(BEARER)));
  }

  @Test
  void listsWhatWhapiSupports() {
    asWhapiTenant()
        .get(whapi("/capabilities"))
        .then()
        .statusCode(200)
        .body("provider", equalTo("whapi"))
        .body("operations.'messages.poll'", equalTo(true))
        .body("operations.'profile.read'", equalTo(true))
        .body("operations.'settings.auto-read'", equalTo(true))
        .body("operations.'settings.webhook'", equalTo(true))
        .body("operations.'chats.read'", equalTo(true))
        .body("operations.'contacts.check'", equalTo(true))
        .body("operations.'media.download'", equalTo(true))
        .body("operations.'media.upload'", equalTo(true))
        .body("operations.'groups.create'", equalTo(true))
        .body("operations.'media.list'", equalTo(true))
        .body("operations.'media.delete'", equalTo(true))
        .body("operations.'labels.assign'", equalTo(true))
        .body("operations.size()", equalTo(Operation.values().length));
  }
}
