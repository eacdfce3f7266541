package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The send types added by issue 14 go through the one send path: Whapi reached, API WhatsApp Web
 * refused before any call, the journal and idempotency as for every other type.
 */
@QuarkusTest
class RichMessagesTest extends GatewayTest {
  private static final String SENT =
      "{\"sent\": true, \"message\": {\"id\": \"w-rich\", \"status\": \"sent\"}}";
  private static final String GIF =
      "{\"to\": \"+573001234567\", \"media\": {\"url\": \"https://cdn.example.com/a.mp4\"},"
          + " \"caption\": \"ha\"}";
  private static final String SHORT =
      "{\"to\": \"+573001234567\", \"media\": {\"url\": \"https://cdn.example.com/a.mp4\"}}";
  private static final String LIVE =
      "{\"to\": \"+573001234567\", \"latitude\": 4.6, \"longitude\": -74.08, \"degrees\": 90}";
  private static final String CONTACTS =
      "{\"to\": \"+573001234567\", \"contacts\": [{\"name\": \"Ana\", \"phone\": \"+573109876543\"}]}";
  private static final String CAROUSEL =
      "{\"to\": \"+573001234567\", \"cards\": [{\"id\": \"boots\","
          + " \"media\": {\"url\": \"https://cdn.example.com/boots.jpg\"},"
          + " \"buttons\": [{\"id\": \"buy\", \"title\": \"Buy\"}]}]}";
  private static final String EVENT =
      "{\"to\": \"120363012345678901@g.us\", \"title\": \"Opening\","
          + " \"startTime\": \"2026-12-05T18:00:00Z\"}";

  @ParameterizedTest(name = "{0} reaches Whapi's {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gif           | /messages/gif",
        "short         | /messages/short",
        "live-location | /messages/live_location",
        "contact-list  | /messages/contact_list",
        "carousel      | /messages/carousel"
      })
  void sendsThroughWhapi(String type, String whapiPath) {
    providers().stubFor(post(whapiPath).willReturn(okJson(SENT)));

    asWhapiTenant()
        .body(body(type))
        .post(whapi("/messages/" + type))
        .then()
        .statusCode(200)
        .body("type", equalTo(type))
        .body("providerMessageId", equalTo("w-rich"))
        .body("status", equalTo("SENT"));
    providers().verify(1, postRequestedFor(urlEqualTo(whapiPath)));
  }

  @Test
  void anEventIsCreatedInTheGroupAndCountsAsSentWithoutAProviderId() {
    providers().stubFor(post("/communities/event").willReturn(okJson("{\"success\": true}")));

    asWhapiTenant()
        .body(EVENT)
        .post(whapi("/messages/event"))
        .then()
        .statusCode(200)
        .body("type", equalTo("event"))
        .body("providerMessageId", nullValue())
        .body("status", equalTo("SENT"));
    providers().verify(1, postRequestedFor(urlEqualTo("/communities/event")));
  }

  @Test
  void aRetriedCarouselIsSentOnceAndJournalled() {
    providers().stubFor(post("/messages/carousel").willReturn(okJson(SENT)));
    String key = UUID.randomUUID().toString();

    String first = sendWithKey(key).then().statusCode(200).extract().asString();
    String again = sendWithKey(key).then().statusCode(200).extract().asString();

    assertThat(again).isEqualTo(first);
    providers().verify(1, postRequestedFor(urlEqualTo("/messages/carousel")));
    String id = JsonPath.from(first).getString("id");
    asWhapiTenant()
        .get(whapi("/messages/" + id))
        .then()
        .statusCode(200)
        .body("type", equalTo("carousel"));
  }

  private Response sendWithKey(String key) {
    return asWhapiTenant()
        .header("Idempotency-Key", key)
        .body(CAROUSEL)
        .post(whapi("/messages/carousel"));
  }

  @ParameterizedTest(name = "{0} answers 501 on API WhatsApp Web")
  @CsvSource({"gif", "short", "live-location", "contact-list", "carousel", "event"})
  void refusedOnApiWhatsAppWebBeforeAnyCall(String type) {
    refusedOnApiWhatsAppWebWithoutACall("POST", "/messages/" + type, body(type));
  }

  @ParameterizedTest(name = "{0} without a body is a 400")
  @CsvSource({"gif", "short", "live-location", "contact-list", "carousel", "event"})
  void aMissingBodyIsA400(String type) {
    asWhapiTenant()
        .post(whapi("/messages/" + type))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
  }

  private static String body(String type) {
    return switch (type) {
      case "gif" -> GIF;
      case "short" -> SHORT;
      case "live-location" -> LIVE;
      case "contact-list" -> CONTACTS;
      case "carousel" -> CAROUSEL;
      case "event" -> EVENT;
      default -> throw new IllegalArgumentException(type);
    };
  }
}
