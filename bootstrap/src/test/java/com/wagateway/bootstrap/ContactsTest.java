package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contacts family (address book, profiles, linked ids, blocklist), end to end. */
@QuarkusTest
class ContactsTest extends GatewayTest {
  private static final String BEARER = "Bearer " + ProviderStubs.WHAPI_TOKEN;
  private static final String ANA = "573001234567";

  @Test
  void listsTheAddressBookAPageAtATime() {
    providers()
        .stubFor(
            get(urlPathEqualTo("/contacts"))
                .willReturn(
                    okJson(
                        "{\"contacts\": [{\"id\": \""
                            + ANA
                            + "\", \"name\": \"Ana\", \"saved\": true}], \"count\": 1,"
                            + " \"offset\": 0, \"total\": 2}")));

    String next =
        asWhapiTenant()
            .get(whapi("/contacts?limit=1"))
            .then()
            .statusCode(200)
            .body("items.contactId", contains(ANA))
            .body("items[0].saved", equalTo(true))
            .extract()
            .path("nextCursor");
    asWhapiTenant().get(whapi("/contacts?limit=1&cursor=" + next)).then().statusCode(200);

    for (String offset : new String[] {"0", "1"}) {
      providers()
          .verify(
              getRequestedFor(urlPathEqualTo("/contacts"))
                  .withQueryParam("count", WireMock.equalTo("1"))
                  .withQueryParam("offset", WireMock.equalTo(offset))
                  .withHeader("Authorization", WireMock.equalTo(BEARER)));
    }
  }

  @Test
  void readsAContactItsProfileAndItsLinkedId() {
    providers()
        .stubFor(
            get("/contacts/" + ANA)
                .willReturn(okJson("{\"id\": \"" + ANA + "\", \"name\": \"Ana\"}")));
    providers()
        .stubFor(
            get("/contacts/" + ANA + "/profile")
                .willReturn(
                    okJson("{\"name\": \"Ana\", \"about\": \"Hi\", \"icon\": \"https://pps/i\"}")));
    providers()
        .stubFor(
            get("/contacts/lids/" + ANA).willReturn(okJson("{\"lid\": \"193845782347@lid\"}")));

    asWhapiTenant()
        .get(whapi("/contacts/" + ANA))
        .then()
        .statusCode(200)
        .body("name", equalTo("Ana"));
    asWhapiTenant()
        .get(whapi("/contacts/" + ANA + "/profile"))
        .then()
        .statusCode(200)
        .body("about", equalTo("Hi"))
        .body("pictureUrl", equalTo("https://pps/i"))
        .body("fullPictureUrl", nullValue());
    asWhapiTenant()
        .get(whapi("/contacts/" + ANA + "/lid"))
        .then()
        .statusCode(200)
        .body("lid", equalTo("193845782347@lid"));
  }

  @Test
  void anUnknownNumberIsA404Problem() {
    providers()
        .stubFor(
            get("/contacts/" + ANA)
                .willReturn(
                    aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"code\": 404, \"message\": \"not found\"}}")));

    asWhapiTenant()
        .get(whapi("/contacts/" + ANA))
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void blocksListsAndUnblocksAUser() {
    providers().stubFor(put("/blacklist/" + ANA).willReturn(okJson("{\"success\": true}")));
    providers().stubFor(delete("/blacklist/" + ANA).willReturn(okJson("{\"success\": true}")));
    providers().stubFor(get("/blacklist").willReturn(okJson("[\"" + ANA + "\"]")));

    asWhapiTenant().put(whapi("/contacts/blocked/" + ANA)).then().statusCode(204);
    asWhapiTenant()
        .get(whapi("/contacts/blocked"))
        .then()
        .statusCode(200)
        .body("items", contains(ANA));
    asWhapiTenant().delete(whapi("/contacts/blocked/" + ANA)).then().statusCode(204);

    providers().verify(putRequestedFor(urlEqualTo("/blacklist/" + ANA)));
    providers().verify(deleteRequestedFor(urlEqualTo("/blacklist/" + ANA)));
  }

  @ParameterizedTest(name = "{0} {1} answers 501 on API WhatsApp Web")
  @CsvSource({
    "GET, /contacts",
    "GET, /contacts/573001234567",
    "GET, /contacts/573001234567/profile",
    "GET, /contacts/573001234567/lid",
    "GET, /contacts/blocked",
    "PUT, /contacts/blocked/573001234567",
    "DELETE, /contacts/blocked/573001234567"
  })
  void refusesEveryOperationOnApiWhatsAppWebWithoutCallingIt(String method, String path) {
    refusedOnApiWhatsAppWebWithoutACall(method, path);
  }

  @ParameterizedTest(name = "{0} {1} is a 400 naming contactId")
  @CsvSource({
    "GET, /contacts/+573001234567",
    "GET, /contacts/57300/profile",
    "GET, /contacts/573001234567@s.whatsapp.net/lid",
    "PUT, /contacts/blocked/ana",
    "DELETE, /contacts/blocked/5730012345678901234"
  })
  void namesTheContactIdOfTheWrongShape(String method, String path) {
    asWhapiTenant()
        .request(method, whapi(path))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("violations.field", contains("contactId"));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @Test
  void rejectsALimitOverTheMaximumAndACursorItDidNotReturn() {
    asWhapiTenant()
        .get(whapi("/contacts?limit=501"))
        .then()
        .statusCode(400)
        .body("violations.field", contains("limit"));
    asWhapiTenant()
        .get(whapi("/contacts?cursor=bm90LWEtbnVtYmVy"))
        .then()
        .statusCode(400)
        .body("violations.field", contains("cursor"));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }
}
