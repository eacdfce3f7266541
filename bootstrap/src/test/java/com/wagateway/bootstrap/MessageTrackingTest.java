package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Every send is recorded; callers read one message with its history or list them with filters. */
@QuarkusTest
class MessageTrackingTest extends GatewayTest {

  private static String text(String to) {
    return "{\"to\": \"" + to + "\", \"text\": \"Hi\"}";
  }

  private String newTenant() {
    String id = AdminApi.freshId("track");
    return id + " " + AdminApi.createOnWhapi(id, "whapi-token-not-real-track");
  }

  @Test
  void readsASentMessageWithItsStatusHistory() {
    providers()
        .stubFor(
            post("/messages/text")
                .willReturn(
                    okJson(
                        "{\"sent\": true, \"message\": {\"id\": \"w-1\", \"status\": \"sent\"}}")));
    String[] tenant = newTenant().split(" ");

    String id =
        as(tenant[1])
            .body(text("+573001234567"))
            .post("/v1/tenants/" + tenant[0] + "/messages/text")
            .then()
            .statusCode(200)
            .extract()
            .path("id");

    as(tenant[1])
        .get("/v1/tenants/" + tenant[0] + "/messages/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("providerMessageId", equalTo("w-1"))
        .body("status", equalTo("SENT"))
        .body("to", equalTo("573001234567"))
        .body("error", nullValue())
        .body("history.status", contains("ACCEPTED", "SENT"));
  }

  @Test
  void recordsAFailedSendWithItsError() {
    // A refusal proves nothing went out: FAILED. (A 5xx may have sent: that is UNKNOWN.)
    providers().stubFor(post("/messages/text").willReturn(aResponse().withStatus(400)));
    String[] tenant = newTenant().split(" ");

    as(tenant[1])
        .body(text("+573001234567"))
        .post("/v1/tenants/" + tenant[0] + "/messages/text")
        .then()
        .statusCode(422);

    JsonPath page =
        as(tenant[1])
            .get("/v1/tenants/" + tenant[0] + "/messages?status=FAILED")
            .then()
            .statusCode(200)
            .body("items", hasSize(1))
            .extract()
            .jsonPath();
    org.assertj.core.api.Assertions.assertThat(page.getString("items[0].error.code"))
        .isEqualTo("PROVIDER_REJECTED");
  }

  @Test
  void listsNewestFirstWithFiltersAndCursorPaging() {
    providers()
        .stubFor(
            post("/messages/text")
                .willReturn(
                    okJson(
                        "{\"sent\": true, \"message\": {\"id\": \"w-2\", \"status\": \"sent\"}}")));
    String[] tenant = newTenant().split(" ");
    String base = "/v1/tenants/" + tenant[0] + "/messages";
    for (String to : new String[] {"+573001111111", "+573002222222", "+573001111111"}) {
      as(tenant[1]).body(text(to)).post(base + "/text").then().statusCode(200);
    }

    as(tenant[1])
        .queryParam("to", "573001111111")
        .get(base)
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items.to", everyItem(equalTo("573001111111")));
    String cursor =
        as(tenant[1])
            .get(base + "?limit=2")
            .then()
            .statusCode(200)
            .body("items", hasSize(2))
            .extract()
            .path("nextCursor");
    as(tenant[1])
        .queryParam("cursor", cursor)
        .get(base + "?limit=2")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("nextCursor", nullValue());
    as(tenant[1])
        .queryParam("since", "2999-01-01T00:00:00Z")
        .get(base)
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void refusesBadFiltersPrecisely() {
    String base = whapi("/messages");
    asWhapiTenant()
        .get(base + "?status=LOST")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("status"));
    asWhapiTenant()
        .get(base + "?since=yesterday")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("since"));
    asWhapiTenant().get(base + "?limit=500").then().statusCode(400);
  }

  @Test
  void anotherTenantsMessageIsNotFound() {
    providers()
        .stubFor(
            post("/messages/text")
                .willReturn(
                    okJson(
                        "{\"sent\": true, \"message\": {\"id\": \"w-3\", \"status\": \"sent\"}}")));
    String[] tenant = newTenant().split(" ");
    String id =
        as(tenant[1])
            .body(text("+573001234567"))
            .post("/v1/tenants/" + tenant[0] + "/messages/text")
            .then()
            .statusCode(200)
            .extract()
            .path("id");

    asWhapiTenant()
        .get(whapi("/messages/" + id))
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
  }
}
