package com.wagateway.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;

/** Base of the end-to-end tests: a fresh provider stub per test and request helpers. */
@QuarkusTestResource(value = ProviderStubs.class, restrictToAnnotatedClass = false)
abstract class GatewayTest {

  @BeforeEach
  void resetProviders() {
    providers().resetAll();
  }

  static WireMockServer providers() {
    return ProviderStubs.server();
  }

  static RequestSpecification as(String apiKey) {
    return given().header("Authorization", "Bearer " + apiKey).contentType(ContentType.JSON);
  }

  static RequestSpecification asWhapiTenant() {
    return as(ProviderStubs.WHAPI_KEY);
  }

  static RequestSpecification asAwwwTenant() {
    return as(ProviderStubs.AWWW_KEY);
  }

  static String whapi(String path) {
    return "/v1/tenants/" + ProviderStubs.WHAPI_TENANT + path;
  }

  static String awww(String path) {
    return "/v1/tenants/" + ProviderStubs.AWWW_TENANT + path;
  }

  /**
   * The API WhatsApp Web tenant's {@code method path} answers {@code 501 CAPABILITY_NOT_SUPPORTED},
   * and no provider was called.
   */
  static void refusedOnApiWhatsAppWebWithoutACall(String method, String path) {
    refusedOnApiWhatsAppWebWithoutACall(method, path, "");
  }

  /** As above for an operation that validates its {@code body} first (a send). */
  static void refusedOnApiWhatsAppWebWithoutACall(String method, String path, String body) {
    asAwwwTenant()
        .body(body)
        .request(method, awww(path))
        .then()
        .statusCode(501)
        .body("code", equalTo("CAPABILITY_NOT_SUPPORTED"));
    assertThat(providers().getAllServeEvents()).isEmpty();
  }
}
