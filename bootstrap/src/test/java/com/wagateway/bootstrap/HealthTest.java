package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Liveness and readiness for the orchestrator: no key, database only, providers never. */
@QuarkusTest
class HealthTest extends GatewayTest {
  private static final String DATABASE =
      "checks.find { it.name == 'Database connections health check' }";
  private static final String TEXT = "{\"to\": \"+573001234567\", \"text\": \"Hi\"}";

  @Test
  void isLiveWithoutAKey() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void isReadyWhenTheActiveDatabaseAnswersWithoutAKey() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(DATABASE + ".status", equalTo("UP"))
        // only the active datasource is checked: the inactive PostgreSQL one is not reported DOWN
        .body(DATABASE + ".data", equalTo(Map.of("<default>", "UP")));
  }

  @Test
  void staysReadyWhileTheProvidersFail() {
    providers().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
    asWhapiTenant()
        .body(TEXT)
        .post(whapi("/messages/text"))
        .then()
        .statusCode(greaterThanOrEqualTo(500));
    asAwwwTenant()
        .body(TEXT)
        .post(awww("/messages/text"))
        .then()
        .statusCode(greaterThanOrEqualTo(500));

    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
  }
}
