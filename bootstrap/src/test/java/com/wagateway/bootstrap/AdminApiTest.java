package com.wagateway.bootstrap;

import static com.wagateway.bootstrap.AdminApi.asAdmin;
import static com.wagateway.bootstrap.AdminApi.awwwBody;
import static com.wagateway.bootstrap.AdminApi.freshId;
import static com.wagateway.bootstrap.AdminApi.whapiBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The operator's API: tenants, keys, providers and the audit trail. */
@QuarkusTest
class AdminApiTest extends GatewayTest {
  private static final String TOKEN = "whapi-token-not-real-0042";

  @Test
  void createsATenantAndShowsItsKeyOnlyOnce() {
    String id = freshId("shop");

    asAdmin()
        .body(whapiBody(id, TOKEN))
        .post("/v1/admin/tenants")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/v1/admin/tenants/" + id))
        .body("apiKey", startsWith("wagk_"))
        .body("tenant.id", equalTo(id))
        .body("tenant.provider", equalTo("whapi"))
        .body("tenant.credentials.token", equalTo("****0042"))
        .body("tenant.hasApiKey", equalTo(true));

    asAdmin()
        .get("/v1/admin/tenants/" + id)
        .then()
        .statusCode(200)
        .body("apiKey", nullValue())
        .body(not(containsString(TOKEN)));
  }

  @Test
  void theIssuedKeyReachesItsTenantAtOnce() {
    String id = freshId("shop");
    String key = AdminApi.createOnWhapi(id, TOKEN);

    as(key)
        .get("/v1/tenants/" + id + "/capabilities")
        .then()
        .statusCode(200)
        .body("provider", equalTo("whapi"));
  }

  @Test
  void refusesADuplicateIdWith409() {
    String id = freshId("shop");
    AdminApi.create(whapiBody(id, TOKEN));

    asAdmin()
        .body(whapiBody(id, TOKEN))
        .post("/v1/admin/tenants")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("TENANT_ALREADY_EXISTS"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\": \"Shop!\", \"provider\": \"whapi\", \"whapi\": {\"token\": \"t\"}}|id",
        "{\"id\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"provider\": \"whapi\", \"whapi\": {\"token\": \"t\"}}|id",
        "{\"id\": \"shop\", \"provider\": \"twilio\", \"whapi\": {\"token\": \"t\"}}|provider",
        "{\"id\": \"shop\", \"provider\": \"whapi\"}|whapi",
        "{\"id\": \"shop\", \"provider\": \"whapi\", \"whapi\": {\"token\": \"\"}}|whapi.token",
        "{\"id\": \"shop\", \"provider\": \"apiwhatsappweb\", \"apiwhatsappweb\": {\"apiKey\": \"k\"}}|apiwhatsappweb.instanceId",
        "{\"id\": \"shop\", \"provider\": \"whapi\", \"whapi\": {\"token\": \"t\"}, \"apiwhatsappweb\": {\"apiKey\": \"k\", \"instanceId\": \"i\"}}|apiwhatsappweb",
        "{\"provider\": \"whapi\", \"whapi\": {\"token\": \"t\"}}|id"
      })
  void refusesBadInputWithAPreciseViolation(String body, String field) {
    asAdmin()
        .body(body)
        .post("/v1/admin/tenants")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("violations.field", hasItem(field));
  }

  @Test
  void onlyTheAdminKeyReachesTheAdminApi() {
    given().get("/v1/admin/tenants").then().statusCode(401);
    asWhapiTenant()
        .get("/v1/admin/tenants")
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));
    asWhapiTenant().get("/v1/admin/tenants/" + ProviderStubs.WHAPI_TENANT).then().statusCode(403);
    asWhapiTenant().get("/v1/admin/audit").then().statusCode(403);
  }

  @Test
  void answers404ForAnUnknownTenant() {
    asAdmin()
        .get("/v1/admin/tenants/nobody-here")
        .then()
        .statusCode(404)
        .body("code", equalTo("TENANT_NOT_FOUND"));
    asAdmin().delete("/v1/admin/tenants/nobody-here").then().statusCode(404);
  }

  @Test
  void pagesThroughTenantsWithACursor() {
    for (int i = 0; i < 3; i++) {
      AdminApi.create(whapiBody(freshId("page"), TOKEN));
    }

    String cursor =
        asAdmin()
            .get("/v1/admin/tenants?limit=2")
            .then()
            .statusCode(200)
            .body("items", hasSize(2))
            .extract()
            .path("nextCursor");
    asAdmin()
        .queryParam("cursor", cursor)
        .get("/v1/admin/tenants?limit=2")
        .then()
        .statusCode(200)
        .body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    asAdmin().get("/v1/admin/tenants?limit=0").then().statusCode(400);
    asAdmin().get("/v1/admin/tenants?cursor=%25%25").then().statusCode(400);
  }

  @Test
  void rotatingTheKeyRetiresTheOldOneAtOnce() {
    String id = freshId("rot");
    String old = AdminApi.createOnWhapi(id, TOKEN);

    String fresh = AdminApi.rotateKey(id);

    as(old).get("/v1/tenants/" + id + "/capabilities").then().statusCode(401);
    as(fresh).get("/v1/tenants/" + id + "/capabilities").then().statusCode(200);
  }

  @Test
  void deletingATenantRetiresItsKey() {
    String id = freshId("del");
    String key = AdminApi.createOnWhapi(id, TOKEN);

    asAdmin().delete("/v1/admin/tenants/" + id).then().statusCode(204);

    asAdmin().get("/v1/admin/tenants/" + id).then().statusCode(404);
    as(key).get("/v1/tenants/" + id + "/capabilities").then().statusCode(401);
  }

  @Test
  void updatesCredentialsOnlyForTheCurrentProvider() {
    String id = freshId("upd");
    AdminApi.create(whapiBody(id, TOKEN));

    asAdmin()
        .body("{\"whapi\": {\"token\": \"whapi-token-not-real-9999\"}}")
        .patch("/v1/admin/tenants/" + id)
        .then()
        .statusCode(200)
        .body("credentials.token", equalTo("****9999"));
    asAdmin()
        .body("{\"apiwhatsappweb\": {\"apiKey\": \"k\", \"instanceId\": \"i\"}}")
        .patch("/v1/admin/tenants/" + id)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("apiwhatsappweb"));
  }

  @Test
  void changesTheProviderTogetherWithItsCredentials() {
    String id = freshId("move");
    AdminApi.create(whapiBody(id, TOKEN));

    AdminApi.switchToApiWhatsAppWeb(id, "awww-key-not-real-7777", "inst-9");

    asAdmin()
        .get("/v1/admin/tenants/" + id)
        .then()
        .statusCode(200)
        .body("provider", equalTo("apiwhatsappweb"))
        .body("credentials.apiKey", equalTo("****7777"))
        .body("credentials.instanceId", equalTo("inst-9"));
  }

  @Test
  void auditsEveryChangeWithoutSecretValues() {
    String id = freshId("aud");
    AdminApi.create(awwwBody(id, "awww-key-not-real-1234", "inst-1"));
    AdminApi.rotateKey(id);

    asAdmin()
        .queryParam("tenantId", id)
        .get("/v1/admin/audit")
        .then()
        .statusCode(200)
        .body(
            "items.action",
            org.hamcrest.Matchers.contains("tenant.api-key-rotated", "tenant.created"))
        .body("items.actor", everyItem(equalTo("admin")))
        .body("items.tenantId", everyItem(equalTo(id)))
        .body(not(containsString("awww-key-not-real")))
        .body(not(containsString("wagk_")));
  }
}
