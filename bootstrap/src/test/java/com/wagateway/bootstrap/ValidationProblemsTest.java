package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input of every kind gets a precise 400 problem, and the provider is never called. */
@QuarkusTest
class ValidationProblemsTest extends GatewayTest {

  @AfterEach
  void providerWasNotCalled() {
    providers().verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void rejectsMalformedJson() {
    asWhapiTenant()
        .body("{\"to\": \"573001234567\", ")
        .post(whapi("/messages/text"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("violations[0].field", equalTo("body"))
        .body("detail", not(containsString("Exception")));
  }

  @Test
  void rejectsAMissingBody() {
    asWhapiTenant()
        .post(whapi("/messages/text"))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
  }

  @Test
  void listsEveryViolationAtOnce() {
    asWhapiTenant()
        .body("{\"to\": \"12\", \"text\": \"\"}")
        .post(whapi("/messages/text"))
        .then()
        .statusCode(400)
        .body("violations.field", containsInAnyOrder("to", "text"));
  }

  @Test
  void namesAFieldOfTheWrongType() {
    asWhapiTenant()
        .body("{\"to\": \"573001234567\", \"latitude\": \"north\", \"longitude\": 1}")
        .post(whapi("/messages/location"))
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("latitude"))
        .body("violations[0].message", equalTo("must be of type number"));
  }

  @Test
  void rejectsAnUnknownField() {
    asWhapiTenant()
        .body("{\"to\": \"573001234567\", \"text\": \"Hi\", \"txt\": \"typo\"}")
        .post(whapi("/messages/text"))
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("txt"))
        .body("violations[0].message", equalTo("is not a known field"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "text|{\"to\": \"+57 300 abc\", \"text\": \"Hi\"}|to",
        "text|{\"to\": \"573001234567@broadcast\", \"text\": \"Hi\"}|to",
        "text|{\"text\": \"Hi\"}|to",
        "location|{\"to\": \"573001234567\", \"latitude\": 91, \"longitude\": 0}|latitude",
        "location|{\"to\": \"573001234567\", \"latitude\": 0, \"longitude\": -180.5}|longitude",
        "image|{\"to\": \"573001234567\", \"media\": {}}|media",
        "image|{\"to\": \"573001234567\", \"media\": {\"url\": \"https://a.example/x.png\", \"id\": \"m1\"}}|media",
        "image|{\"to\": \"573001234567\", \"media\": {\"base64\": \"%%%not base64\", \"mimeType\": \"image/png\"}}|media.base64",
        "image|{\"to\": \"573001234567\", \"media\": {\"base64\": \"aGVsbG8=\"}}|media.mimeType",
        "image|{\"to\": \"573001234567\", \"media\": {\"url\": \"ftp://a.example/x.png\"}}|media.url",
        "image|{\"to\": \"573001234567\", \"media\": {\"url\": \"not a url\"}}|media.url",
        "audio|{\"to\": \"573001234567\", \"media\": {\"url\": \"https://a.example/x.mp3\"}, \"caption\": \"no\"}|caption",
        "poll|{\"to\": \"573001234567\", \"title\": \"Q\", \"options\": [\"only one\"]}|options",
        "poll|{\"to\": \"573001234567\", \"title\": \"Q\", \"options\": [\"a\", \"a\"]}|options",
        "interactive|{\"to\": \"573001234567\", \"body\": \"B\", \"buttons\": []}|buttons",
        "link-preview|{\"to\": \"573001234567\", \"text\": \"no link here\", \"url\": \"https://a.example\", \"title\": \"T\"}|text",
        "contact|{\"to\": \"573001234567\", \"name\": \"Ana\", \"phone\": \"123@g.us\"}|phone",
        "reaction|{\"to\": \"573001234567\", \"emoji\": \"👍\"}|messageId",
        "event|{\"to\": \"+573001234567\", \"title\": \"T\", \"startTime\": \"2026-12-05T18:00:00Z\"}|to",
        "event|{\"to\": \"120363012345678901@g.us\", \"title\": \"T\"}|startTime",
        "event|{\"to\": \"120363012345678901@g.us\", \"title\": \"T\", \"startTime\": \"2026-12-05T18:00:00Z\", \"endTime\": \"2026-12-05T17:00:00Z\"}|endTime",
        "live-location|{\"to\": \"+573001234567\", \"latitude\": 4.6, \"longitude\": -74.08, \"degrees\": 360}|degrees",
        "live-location|{\"to\": \"+573001234567\", \"latitude\": 4.6, \"longitude\": -74.08, \"speed\": -1}|speed",
        "contact-list|{\"to\": \"+573001234567\", \"contacts\": []}|contacts",
        "contact-list|{\"to\": \"+573001234567\", \"contacts\": [{\"name\": \"Ana\", \"phone\": \"573109876543@s.whatsapp.net\"}]}|contacts[0].phone",
        "carousel|{\"to\": \"+573001234567\", \"cards\": [{\"id\": \"a\", \"buttons\": [{\"id\": \"b\", \"title\": \"B\"}]}]}|cards[0].media",
        "carousel|{\"to\": \"+573001234567\", \"cards\": [{\"id\": \"a\", \"media\": {\"url\": \"https://x.example/a.jpg\"}, \"buttons\": []}]}|cards[0].buttons",
        "carousel|{\"to\": \"+573001234567\", \"cards\": [{\"id\": \"a\", \"media\": {\"url\": \"https://x.example/a.jpg\"}, \"buttons\": [{\"id\": \"b\", \"title\": \"A title over twenty chars\"}]}]}|cards[0].buttons[0].title",
        "short|{\"to\": \"+573001234567\", \"media\": {\"url\": \"https://x.example/a.mp4\"}, \"caption\": \"no\"}|caption"
      })
  void rejectsAnInvalidField(String type, String body, String field) {
    asWhapiTenant()
        .body(body)
        .post(whapi("/messages/" + type))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("violations.field", hasItem(field));
  }

  @Test
  void rejectsATextOver4096Characters() {
    asWhapiTenant()
        .body("{\"to\": \"573001234567\", \"text\": \"" + "a".repeat(4097) + "\"}")
        .post(whapi("/messages/text"))
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("text"));
  }

  @Test
  void rejectsABodyOverTheSizeLimitWith413Problem() {
    String base64 = "A".repeat(ProviderStubs.MAX_BODY_BYTES);
    asWhapiTenant()
        .body(
            "{\"to\": \"573001234567\", \"media\": {\"base64\": \""
                + base64
                + "\", \"mimeType\": \"image/png\"}}")
        .post(whapi("/messages/image"))
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("code", equalTo("PAYLOAD_TOO_LARGE"))
        .body("instance", equalTo(whapi("/messages/image")));
  }

  @Test
  void rejectsAnEmptyProfileUpdate() {
    asWhapiTenant()
        .body("{}")
        .patch(whapi("/profile"))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
  }

  @Test
  void rejectsAPictureGivenTwice() {
    asWhapiTenant()
        .body(
            "{\"url\": \"https://a.example/x.png\", \"base64\": \"aGVsbG8=\", \"mimeType\": \"image/png\"}")
        .put(whapi("/profile/picture"))
        .then()
        .statusCode(400);
  }

  @Test
  void rejectsAutoReadWithoutEnabled() {
    asAwwwTenant()
        .body("{}")
        .put(awww("/settings/auto-read"))
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("enabled"));
  }

  @Test
  void answersAnUnknownMessageTypeWith404Problem() {
    asWhapiTenant()
        .body("{\"to\": \"573001234567\"}")
        .post(whapi("/messages/carrier-pigeon"))
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void answersAWrongMethodWith405Problem() {
    asWhapiTenant()
        .get(whapi("/instance/logout"))
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .body("code", equalTo("METHOD_NOT_ALLOWED"));
  }

  @Test
  void answersAWrongContentTypeWith415Problem() {
    asWhapiTenant()
        .contentType("text/plain")
        .body("hello")
        .post(whapi("/messages/text"))
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"png", "image/", "a/b/c", ";;"})
  void answersAGarbledContentTypeWith415ProblemOnEveryKindOfEndpoint(String garbled) {
    for (String path : List.of(whapi("/media"), whapi("/messages/text"), whapi("/chats/x/read"))) {
      given()
          .header("Authorization", "Bearer " + ProviderStubs.WHAPI_KEY)
          .header("Content-Type", garbled)
          .body("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .post(path)
          .then()
          .statusCode(415)
          .contentType("application/problem+json")
          .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"))
          .body("instance", equalTo(path));
    }
  }
}
