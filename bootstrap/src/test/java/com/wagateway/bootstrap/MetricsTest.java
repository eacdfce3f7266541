package com.wagateway.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prometheus scraping: open without a key, and HTTP metrics tagged by path template only. */
@QuarkusTest
class MetricsTest extends GatewayTest {

  @Test
  void servesPrometheusTextWithoutAKey() {
    asWhapiTenant().get(whapi("/capabilities")).then().statusCode(200); // one request measured
    given()
        .accept("text/plain")
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .contentType(containsString("text/plain"))
        .body(containsString("# TYPE http_server_requests_seconds"));
  }

  @Test
  void tagsHttpMetricsWithPathTemplatesNotRawPaths() {
    asWhapiTenant().get(whapi("/capabilities")).then().statusCode(200);
    asAwwwTenant().get(awww("/capabilities")).then().statusCode(200);
    given().get("/v1/no-such-thing-" + System.nanoTime()).then().statusCode(404);
    asWhapiTenant()
        .contentType("image/png")
        .body(new byte[ProviderStubs.MAX_BODY_BYTES + 1])
        .post(whapi("/media"))
        .then()
        .statusCode(413);
    given()
        .contentType("application/json")
        .body("{}")
        .post("/v1/webhooks/apiwhatsappweb/" + ProviderStubs.AWWW_TENANT + "/not-the-secret")
        .then()
        .statusCode(401);

    List<String> http =
        given()
            .accept("text/plain")
            .get("/q/metrics")
            .then()
            .extract()
            .asString()
            .lines()
            .filter(line -> line.startsWith("http_"))
            .toList();

    assertThat(http)
        .anyMatch(line -> line.contains("uri=\"/v1/tenants/{tenantId}/capabilities\""))
        .anyMatch(line -> line.contains("uri=\"/v1/webhooks/apiwhatsappweb/{tenantId}/{secret}\""))
        .noneMatch(line -> line.contains(ProviderStubs.WHAPI_TENANT))
        .noneMatch(line -> line.contains(ProviderStubs.AWWW_TENANT))
        .noneMatch(line -> line.contains("no-such-thing"))
        .noneMatch(line -> line.contains("not-the-secret"));
  }
}
