package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Whapi's own operations through {@code /v1/tenants/{id}/whapi/...}: passed through for a Whapi
 * tenant, checked against Whapi's OpenAPI document first, refused for a tenant on another provider,
 * and every change audited.
 */
@QuarkusTest
class WhapiOperationsTest extends GatewayTest {
  private static final String GROUP = "120363194020948049@g.us";
  private static final String CREATED = "{\"group_id\":\"" + GROUP + "\",\"subject\":\"Team\"}";

  private static String whapiTenant(String id) {
    return AdminApi.createOnWhapi(id, "whapi-token-not-real-" + id);
  }

  @Test
  void aWhapiTenantReachesAnOperationAndGetsWhapisAnswerAsItCame() {
    String id = AdminApi.freshId("wops");
    String key = whapiTenant(id);
    providers()
        .stubFor(
            get(urlPathEqualTo("/communities"))
                .willReturn(okJson("{\"communities\":[],\"count\":0}").withHeader("X-Other", "1")));

    as(key)
        .get("/v1/tenants/" + id + "/whapi/communities?count=20")
        .then()
        .statusCode(200)
        .contentType(containsString("application/json"))
        .body(equalTo("{\"communities\":[],\"count\":0}"));

    providers()
        .verify(
            getRequestedFor(urlEqualTo("/communities?count=20"))
                .withHeader(
                    "Authorization",
                    com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "Bearer whapi-token-not-real-" + id)));
  }

  @Test
  void aChangeIsForwardedWithItsBodyAndAuditedWithoutIt() {
    String id = AdminApi.freshId("wops");
    String key = whapiTenant(id);
    providers().stubFor(post("/communities").willReturn(okJson(CREATED)));
    String body = "{\"subject\":\"Secret plans\",\"description\":\"Only us\"}";

    as(key).body(body).post("/v1/tenants/" + id + "/whapi/communities").then().statusCode(200);

    providers()
        .verify(postRequestedFor(urlEqualTo("/communities")).withRequestBody(equalToJson(body)));
    AdminApi.asAdmin()
        .queryParam("tenantId", id)
        .get("/v1/admin/audit")
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("whapi.api.called"))
        .body("items[0].actor", equalTo("tenant-api"))
        .body("items[0].changes.operation", equalTo("POST /communities"))
        .body(not(containsString("Secret plans")))
        .body(not(containsString("whapi-token-not-real")));
  }

  @Test
  void anInvalidRequestIsA400NamingTheFieldAndNeverLeaves() {
    String id = AdminApi.freshId("wops");
    String key = whapiTenant(id);

    as(key)
        .body("{\"subject\":5,\"description\":\"Only us\"}")
        .post("/v1/tenants/" + id + "/whapi/communities")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("violations[0].field", equalTo("subject"));
    as(key)
        .delete("/v1/tenants/" + id + "/whapi/communities/not-a-group")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("CommunityID"));

    providers().verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void anUnknownOrUnifiedOperationIsA404Problem() {
    String id = AdminApi.freshId("wops");
    String key = whapiTenant(id);

    as(key)
        .get("/v1/tenants/" + id + "/whapi/no/such/thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
    as(key)
        .body("{\"to\":\"14155552671\",\"body\":\"hi\"}")
        .post("/v1/tenants/" + id + "/whapi/messages/text")
        .then()
        .statusCode(404)
        .body("detail", containsString("unified API"));

    providers().verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aTenantOnApiWhatsAppWebGets501BeforeAnyCall() {
    String id = AdminApi.freshId("wops-aw");
    String key =
        AdminApi.create(AdminApi.awwwBody(id, "awww-key-not-real-" + id, "inst"))
            .getString("apiKey");

    as(key)
        .get("/v1/tenants/" + id + "/whapi/communities")
        .then()
        .statusCode(501)
        .body("code", equalTo("CAPABILITY_NOT_SUPPORTED"));

    providers().verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void anotherTenantsKeyIsRefused() {
    String id = AdminApi.freshId("wops");
    whapiTenant(id);
    String other = whapiTenant(AdminApi.freshId("wops"));

    as(other).get("/v1/tenants/" + id + "/whapi/communities").then().statusCode(403);
  }
}
