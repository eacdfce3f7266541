package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Groups end to end: Whapi tenants reach Whapi's group endpoints, others get 501 first. */
@QuarkusTest
class GroupsTest extends GatewayTest {
  private static final String GROUP = "120363012345678901@g.us";
  private static final String CODE = "AbCdEfGhIjKlMn12";
  private static final String GROUP_JSON =
      "{\"id\": \""
          + GROUP
          + "\", \"type\": \"group\", \"name\": \"Support team\","
          + " \"participants\": [{\"id\": \"573001234567\", \"rank\": \"creator\"}],"
          + " \"announcements\": true, \"unprocessed_participants\": [\"15550100199\"]}";

  @Test
  void createsAGroupThroughWhapiWithTheMembersAsDigits() {
    providers().stubFor(post("/groups").willReturn(okJson(GROUP_JSON)));

    asWhapiTenant()
        .body(
            "{\"subject\": \"Support team\", \"participants\": [\"+57 300 123 4567\","
                + " \"+1 555 010 0199\"]}")
        .post(whapi("/groups"))
        .then()
        .statusCode(201)
        .body("group.groupId", is(GROUP))
        .body("group.participants[0].role", is("creator"))
        .body("group.adminsOnly", contains("send-messages"))
        .body("notAdded", contains("15550100199"));

    providers()
        .verify(
            postRequestedFor(urlEqualTo("/groups"))
                .withHeader("Authorization", equalTo("Bearer " + ProviderStubs.WHAPI_TOKEN))
                .withRequestBody(
                    equalToJson(
                        "{\"subject\": \"Support team\", \"participants\": [\"573001234567\","
                            + " \"15550100199\"]}")));
  }

  @Test
  void listsGroupsPageByPageWithTheProvidersOffset() {
    providers()
        .stubFor(
            get("/groups?count=1&offset=0")
                .willReturn(okJson("{\"groups\": [" + GROUP_JSON + "], \"total\": 2}")));
    providers()
        .stubFor(
            get("/groups?count=1&offset=1")
                .willReturn(okJson("{\"groups\": [" + GROUP_JSON + "], \"total\": 2}")));

    String next =
        asWhapiTenant()
            .get(whapi("/groups?limit=1"))
            .then()
            .statusCode(200)
            .body("items[0].name", is("Support team"))
            .extract()
            .path("nextCursor");
    asWhapiTenant()
        .queryParam("cursor", next)
        .get(whapi("/groups?limit=1"))
        .then()
        .statusCode(200)
        .body("nextCursor", nullValue());
  }

  @Test
  void joinsByInviteCodeAndReadsTheInviteLinkThroughWhapi() {
    providers().stubFor(put("/groups").willReturn(okJson("{\"group_id\": \"" + GROUP + "\"}")));
    providers()
        .stubFor(
            get("/groups/" + GROUP + "/invite")
                .willReturn(okJson("{\"invite_code\": \"" + CODE + "\"}")));

    asWhapiTenant()
        .post(whapi("/groups/invites/" + CODE + "/join"))
        .then()
        .statusCode(200)
        .body("groupId", is(GROUP));
    asWhapiTenant()
        .get(whapi("/groups/" + GROUP + "/invite"))
        .then()
        .statusCode(200)
        .body("inviteLink", is("https://chat.whatsapp.com/" + CODE));

    providers()
        .verify(
            putRequestedFor(urlEqualTo("/groups"))
                .withRequestBody(equalToJson("{\"invite_code\": \"" + CODE + "\"}")));
    providers().verify(getRequestedFor(urlEqualTo("/groups/" + GROUP + "/invite")));
  }

  @Test
  void anApiWhatsAppWebTenantGets501BeforeAnyProviderCall() {
    asAwwwTenant()
        .get(awww("/groups"))
        .then()
        .statusCode(501)
        .body("code", is("CAPABILITY_NOT_SUPPORTED"));
    asAwwwTenant()
        .body("{\"subject\": \"Team\", \"participants\": [\"+573001234567\"]}")
        .post(awww("/groups"))
        .then()
        .statusCode(501);
    asAwwwTenant().get(awww("/groups/" + GROUP + "/invite")).then().statusCode(501);
    asAwwwTenant().post(awww("/groups/invites/" + CODE + "/join")).then().statusCode(501);

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @Test
  void refusesBadInputWith400NamingTheFieldAndCallsNoProvider() {
    asWhapiTenant()
        .get(whapi("/groups/not-a-group"))
        .then()
        .statusCode(400)
        .body("code", is("VALIDATION_FAILED"))
        .body("violations[0].field", is("groupId"));
    asWhapiTenant()
        .post(whapi("/groups"))
        .then()
        .statusCode(400)
        .body("violations[0].field", is("body"));
    asWhapiTenant()
        .body("{\"adminsOnly\": true}")
        .put(whapi("/groups/" + GROUP + "/settings/everything"))
        .then()
        .statusCode(400)
        .body("violations[0].field", is("setting"));
    asWhapiTenant()
        .get(whapi("/groups/invites/short"))
        .then()
        .statusCode(400)
        .body("violations[0].field", is("inviteCode"));
    asWhapiTenant()
        .body("{\"participants\": [\"call me\"]}")
        .post(whapi("/groups/" + GROUP + "/participants"))
        .then()
        .statusCode(400)
        .body("violations[0].field", is("participants"));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @Test
  void documentsEveryGroupOperationUnderItsTagWithTheProvidersProblems() {
    JsonPath doc =
        given()
            .accept("application/json")
            .get("/q/openapi?format=json")
            .then()
            .extract()
            .jsonPath();
    Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
    List<String> groupOperations = new ArrayList<>();
    paths.forEach(
        (path, operations) -> {
          if (path.startsWith("/v1/tenants/{tenantId}/groups")) {
            operations.forEach(
                (method, operation) -> {
                  groupOperations.add(method + " " + path);
                  assertThat(operation.get("tags").toString()).isEqualTo("[Groups]");
                });
          }
        });
    String get = "paths.'/v1/tenants/{tenantId}/groups/{groupId}'.get.responses";
    String add = "paths.'/v1/tenants/{tenantId}/groups/{groupId}/participants'.post.responses";

    assertThat(groupOperations).hasSize(18);
    assertThat(doc.getMap(get).keySet()).contains("200", "404", "422", "501");
    assertThat(doc.getMap(add).keySet()).contains("409");
  }
}
