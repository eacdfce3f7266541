package com.wagateway.bootstrap;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Test helper: plays a provider calling the gateway's webhook endpoints for a tenant. */
final class ProviderWebhooks {
  private ProviderWebhooks() {}

  /** The tenant's webhook setup as the admin API shows it (paths and secret). */
  static JsonPath setup(String tenant) {
    return AdminApi.asAdmin()
        .get("/v1/admin/tenants/" + tenant + "/webhooks")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Whapi delivering {@code body} with the given secret header. */
  static ValidatableResponse toWhapi(String tenant, String secret, String body) {
    return given()
        .header("X-Gateway-Webhook-Secret", secret)
        .contentType("application/json")
        .body(body)
        .post("/v1/webhooks/whapi/" + tenant)
        .then();
  }

  /** Whapi delivering {@code body} with the tenant's right secret, and the gateway taking it. */
  static void whapiDelivers(String tenant, String body) {
    toWhapi(tenant, setup(tenant).getString("whapiSecret"), body).statusCode(200);
  }

  /** API WhatsApp Web delivering {@code body} to the tenant's path, secret included. */
  static ValidatableResponse toApiWhatsAppWeb(String tenant, String body) {
    return given()
        .contentType("application/json")
        .body(body)
        .post(setup(tenant).getString("apiWhatsAppWebPath"))
        .then();
  }
}
