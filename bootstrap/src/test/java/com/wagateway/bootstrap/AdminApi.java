package com.wagateway.bootstrap;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.atomic.AtomicInteger;

/** Test helper: drives the admin API as the operator would. */
final class AdminApi {
  private static final AtomicInteger NEXT = new AtomicInteger();

  private AdminApi() {}

  static RequestSpecification asAdmin() {
    return given()
        .header("Authorization", "Bearer " + ProviderStubs.ADMIN_KEY)
        .contentType(ContentType.JSON);
  }

  /** A tenant id no other test uses. */
  static String freshId(String prefix) {
    return prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100_000;
  }

  static String whapiBody(String id, String token) {
    return "{\"id\": \""
        + id
        + "\", \"provider\": \"whapi\", \"whapi\": {\"token\": \""
        + token
        + "\"}}";
  }

  static String awwwBody(String id, String apiKey, String instance) {
    return "{\"id\": \""
        + id
        + "\", \"provider\": \"apiwhatsappweb\", \"apiwhatsappweb\": {\"apiKey\": \""
        + apiKey
        + "\", \"instanceId\": \""
        + instance
        + "\"}}";
  }

  /** Creates a tenant on Whapi and returns the caller key issued for it. */
  static String createOnWhapi(String id, String token) {
    return create(whapiBody(id, token)).getString("apiKey");
  }

  static JsonPath create(String body) {
    return asAdmin()
        .body(body)
        .post("/v1/admin/tenants")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  static void switchToApiWhatsAppWeb(String id, String apiKey, String instance) {
    asAdmin()
        .body(
            "{\"provider\": \"apiwhatsappweb\", \"apiwhatsappweb\": {\"apiKey\": \""
                + apiKey
                + "\", \"instanceId\": \""
                + instance
                + "\"}}")
        .put("/v1/admin/tenants/" + id + "/provider")
        .then()
        .statusCode(200);
  }

  static String rotateKey(String id) {
    return asAdmin()
        .post("/v1/admin/tenants/" + id + "/api-key")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("apiKey");
  }
}
