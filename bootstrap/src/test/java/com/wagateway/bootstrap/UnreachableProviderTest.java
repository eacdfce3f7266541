package com.wagateway.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nothing listens where the providers should be: 503 with Retry-After, never a 500. */
@QuarkusTest
@TestProfile(UnreachableProviderTest.NothingListening.class)
class UnreachableProviderTest {

  @BeforeAll
  static void stopTheProviderStub() {
    // The profile forces fresh test resources before and after this class, so stopping is safe.
    ProviderStubs.server().stop();
  }

  /** Points both providers at a port where nothing listens. */
  public static class NothingListening implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "gateway.providers.whapi.base-url", "http://127.0.0.1:1",
          "gateway.providers.apiwhatsappweb.base-url", "http://127.0.0.1:1",
          "gateway.providers.apiwhatsappweb.send-base-url", "http://127.0.0.1:1");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "acme-whapi,test-caller-key-whapi,whapi",
    "acme-awww,test-caller-key-awww,apiwhatsappweb"
  })
  void anUnreachableProviderBecomes503WithRetryAfter(String tenant, String key, String provider) {
    given()
        .header("Authorization", "Bearer " + key)
        .get("/v1/tenants/" + tenant + "/instance/status")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue())
        .body("code", equalTo("PROVIDER_UNAVAILABLE"))
        .body("provider", equalTo(provider));
  }
}
