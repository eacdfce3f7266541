package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The labels and media library families, end to end, on both providers. */
@QuarkusTest
class LabelsAndMediaLibraryTest extends GatewayTest {
  private static final String BEARER = "Bearer " + ProviderStubs.WHAPI_TOKEN;
  private static final String CHAT = "573001234567@s.whatsapp.net";
  private static final String MEDIA_ID = "png-4f1a8c2e-9b7d-4c11";

  @Test
  void listsTheLabelsOfAWhapiTenant() {
    providers()
        .stubFor(
            get("/labels")
                .willReturn(
                    okJson(
                        "[{\"id\": \"7\", \"name\": \"VIP\", \"color\": \"gold\", \"count\": 2}]")));

    asWhapiTenant()
        .get(whapi("/labels"))
        .then()
        .statusCode(200)
        .body("items.labelId", contains("7"))
        .body("items[0].name", equalTo("VIP"))
        .body("items[0].color", equalTo("gold"))
        .body("items[0].count", equalTo(2));
    providers()
        .verify(
            getRequestedFor(urlEqualTo("/labels"))
                .withHeader("Authorization", WireMock.equalTo(BEARER)));
  }

  @Test
  void createsALabelAndAnswersItsAddress() {
    providers().stubFor(post("/labels").willReturn(okJson("{\"success\": true}")));

    asWhapiTenant()
        .body("{\"labelId\": \"7\", \"name\": \"VIP\", \"color\": \"gold\"}")
        .post(whapi("/labels"))
        .then()
        .statusCode(201)
        .header("Location", endsWith(whapi("/labels/7")))
        .body("labelId", equalTo("7"));
    providers()
        .verify(
            postRequestedFor(urlEqualTo("/labels"))
                .withRequestBody(
                    equalToJson("{\"id\": \"7\", \"name\": \"VIP\", \"color\": \"gold\"}")));
  }

  @Test
  void putsALabelOnAChat() {
    providers().stubFor(post("/labels/7/" + CHAT).willReturn(okJson("{\"success\": true}")));

    asWhapiTenant().put(whapi("/labels/7/chats/" + CHAT)).then().statusCode(204);

    providers().verify(postRequestedFor(urlEqualTo("/labels/7/" + CHAT)));
  }

  @Test
  void readsWhatCarriesALabel() {
    providers()
        .stubFor(
            get("/labels/7")
                .willReturn(
                    okJson(
                        "{\"chats\": [{\"id\": \""
                            + CHAT
                            + "\", \"type\": \"contact\"}],"
                            + " \"messages\": []}")));

    asWhapiTenant()
        .get(whapi("/labels/7"))
        .then()
        .statusCode(200)
        .body("chats.chatId", contains(CHAT));
  }

  @Test
  void listsTheMediaLibraryAPageAtATime() {
    providers()
        .stubFor(
            get(urlPathEqualTo("/media"))
                .willReturn(
                    okJson(
                        "{\"files\": [{\"id\": \""
                            + MEDIA_ID
                            + "\", \"mime_type\": \"image/png\","
                            + " \"file_size\": 48213}], \"count\": 1, \"offset\": 0, \"total\": 2}")));

    String next =
        asWhapiTenant()
            .get(whapi("/media?limit=1"))
            .then()
            .statusCode(200)
            .body("items.mediaId", contains(MEDIA_ID))
            .body("items[0].downloadUrl", endsWith(whapi("/media/" + MEDIA_ID)))
            .extract()
            .path("nextCursor");
    asWhapiTenant().get(whapi("/media?limit=1&cursor=" + next)).then().statusCode(200);

    for (String offset : new String[] {"0", "1"}) {
      providers()
          .verify(
              getRequestedFor(urlPathEqualTo("/media"))
                  .withQueryParam("count", WireMock.equalTo("1"))
                  .withQueryParam("offset", WireMock.equalTo(offset))
                  .withQueryParam("sort", WireMock.equalTo("desc"))
                  .withHeader("Authorization", WireMock.equalTo(BEARER)));
    }
  }

  @Test
  void deletesAStoredFile() {
    providers().stubFor(delete("/media/" + MEDIA_ID).willReturn(okJson("{\"success\": true}")));

    asWhapiTenant().delete(whapi("/media/" + MEDIA_ID)).then().statusCode(204);

    providers().verify(deleteRequestedFor(urlEqualTo("/media/" + MEDIA_ID)));
  }

  @Test
  void aDeletedOrUnknownFileIsA404Problem() {
    providers()
        .stubFor(
            delete("/media/" + MEDIA_ID)
                .willReturn(
                    aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"code\": 404, \"message\": \"not found\"}}")));

    asWhapiTenant()
        .delete(whapi("/media/" + MEDIA_ID))
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
  }

  @ParameterizedTest(name = "{0} {1} answers 501 on API WhatsApp Web")
  @CsvSource({
    "GET, /labels",
    "GET, /labels/7",
    "PUT, /labels/7/chats/573001234567@s.whatsapp.net",
    "DELETE, /labels/7/messages/PsobWy36679._7w-wKmB9tMeGQ",
    "GET, /media",
    "DELETE, /media/png-4f1a8c2e-9b7d-4c11"
  })
  void refusesEveryOperationOnApiWhatsAppWebWithoutCallingIt(String method, String path) {
    refusedOnApiWhatsAppWebWithoutACall(method, path);
  }

  @Test
  void refusesToCreateALabelOnApiWhatsAppWebWithoutCallingIt() {
    asAwwwTenant()
        .body("{\"labelId\": \"7\", \"name\": \"VIP\", \"color\": \"gold\"}")
        .post(awww("/labels"))
        .then()
        .statusCode(501);

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest(name = "{0} is a 400 naming {1}")
  @CsvSource({
    "/labels/abc/chats/573001234567@s.whatsapp.net, labelId",
    "/labels/7/chats/not-a-chat, chatId",
    // The same chat and message id shapes as every other family (Whapi's ChatID and MessageID).
    "/labels/7/chats/12345@s.whatsapp.net, chatId",
    "/labels/7/messages/ab, providerMessageId",
    "/labels/7/messages/PsobWy36679_7wKmB9tMeGQ, providerMessageId"
  })
  void namesTheIdOfTheWrongShape(String path, String field) {
    asWhapiTenant()
        .put(whapi(path))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("violations.field", contains(field));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest(name = "create with {0} is a 400 naming {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"labelId\": \"7\", \"name\": \"VIP\", \"color\": \"mauve\"}|color",
        "{\"labelId\": \"x7\", \"name\": \"VIP\", \"color\": \"gold\"}|labelId",
        "{\"labelId\": \"7\", \"color\": \"gold\"}|name"
      })
  void namesTheFieldOfABadLabel(String body, String field) {
    asWhapiTenant()
        .body(body)
        .post(whapi("/labels"))
        .then()
        .statusCode(400)
        .body("violations.field", contains(field));
  }

  @Test
  void rejectsACreateWithoutABody() {
    asWhapiTenant()
        .post(whapi("/labels"))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @Test
  void rejectsALimitOverTheMaximum() {
    asWhapiTenant()
        .get(whapi("/media?limit=101"))
        .then()
        .statusCode(400)
        .body("violations.field", contains("limit"));
  }
}
