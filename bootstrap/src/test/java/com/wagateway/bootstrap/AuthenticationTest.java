package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Caller authentication: who may reach which tenant, and how refusals look. */
@QuarkusTest
class AuthenticationTest extends GatewayTest {

  @Test
  void rejectsARequestWithoutKeyWith401() {
    given()
        .get(whapi("/capabilities"))
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("code", equalTo("UNAUTHENTICATED"))
        .body("status", equalTo(401))
        .body("instance", equalTo(whapi("/capabilities")));
  }

  @Test
  void rejectsAnUnknownKeyWith401() {
    as("not-a-key")
        .get(whapi("/capabilities"))
        .then()
        .statusCode(401)
        .body("code", equalTo("UNAUTHENTICATED"));
  }

  @Test
  void rejectsAnotherAuthenticationSchemeWith401() {
    given()
        .header("Authorization", "Basic " + ProviderStubs.WHAPI_KEY)
        .get(whapi("/capabilities"))
        .then()
        .statusCode(401);
  }

  @Test
  void rejectsAnotherTenantsKeyWith403() {
    asAwwwTenant()
        .get(whapi("/capabilities"))
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"))
        .body("detail", not(containsString(ProviderStubs.AWWW_KEY)));
  }

  @Test
  void rejectsATenantKeyOnAnUnknownTenantWith403SoTenantsCannotBeProbed() {
    asWhapiTenant().get("/v1/tenants/nobody/capabilities").then().statusCode(403);
  }

  @Test
  void answers404ToTheAdminForAnUnknownTenant() {
    as(ProviderStubs.ADMIN_KEY)
        .get("/v1/tenants/nobody/capabilities")
        .then()
        .statusCode(404)
        .body("code", equalTo("TENANT_NOT_FOUND"))
        .body("tenantId", equalTo("nobody"));
  }

  @Test
  void letsTheAdminReachEveryTenant() {
    as(ProviderStubs.ADMIN_KEY).get(whapi("/capabilities")).then().statusCode(200);
    as(ProviderStubs.ADMIN_KEY).get(awww("/capabilities")).then().statusCode(200);
  }

  @Test
  void acceptsTheBearerSchemeInAnyCase() {
    given()
        .header("Authorization", "bearer " + ProviderStubs.WHAPI_KEY)
        .get(whapi("/capabilities"))
        .then()
        .statusCode(200);
  }

  @Test
  void authenticatesBeforeValidatingOrCallingTheProvider() {
    providers().stubFor(get(urlPathEqualTo("/health")).willReturn(okJson("{}")));

    given()
        .contentType("application/json")
        .body("{not json")
        .post(whapi("/messages/text"))
        .then()
        .statusCode(401);
    as("wrong").get(whapi("/instance/status")).then().statusCode(401);

    providers().verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void rejectsAMalformedTenantIdWith400() {
    as(ProviderStubs.ADMIN_KEY)
        .get("/v1/tenants/Not_Valid!/capabilities")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("violations[0].field", equalTo("tenantId"));
  }
}
