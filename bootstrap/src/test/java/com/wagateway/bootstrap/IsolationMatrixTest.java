package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every tenant-scoped operation, read from the OpenAPI document so new ones are covered too, called
 * with another tenant's key (403), no key (401) and a rotated-out key (401). None of these calls
 * may reach a provider.
 */
@QuarkusTest
class IsolationMatrixTest extends GatewayTest {
  private static String tenant;
  private static String otherKey;
  private static String rotatedOutKey;

  /** Once per class, but only when REST Assured points at the running application. */
  @BeforeEach
  void twoTenantsOneWithARotatedKey() {
    if (tenant != null) {
      return;
    }
    tenant = AdminApi.freshId("iso");
    rotatedOutKey = AdminApi.createOnWhapi(tenant, "whapi-token-not-real-iso1");
    AdminApi.rotateKey(tenant);
    otherKey = AdminApi.createOnWhapi(AdminApi.freshId("iso-other"), "whapi-token-not-real-iso2");
  }

  /** Method and concrete path of every operation under /v1/tenants/{tenantId}. */
  private static List<String[]> tenantOperations() {
    Map<String, Map<String, Object>> paths =
        given()
            .accept("application/json")
            .get("/q/openapi?format=json")
            .then()
            .extract()
            .jsonPath()
            .getMap("paths");
    List<String[]> operations = new ArrayList<>();
    paths.forEach(
        (path, methods) -> {
          if (path.startsWith("/v1/tenants/{tenantId}")) {
            methods
                .keySet()
                .forEach(
                    m ->
                        operations.add(
                            new String[] {
                              m.toUpperCase(),
                              path.replace("{tenantId}", tenant)
                                  .replaceAll("\\{[A-Za-z]+}", "some-id")
                            }));
          }
        });
    assertThat(operations).hasSizeGreaterThanOrEqualTo(29);
    return operations;
  }

  private static int status(RequestSpecification request, String[] operation) {
    return request
        .contentType(ContentType.JSON)
        .body("{}")
        .request(operation[0], operation[1])
        .statusCode();
  }

  @Test
  void anotherTenantsKeyGets403Everywhere() {
    for (String[] operation : tenantOperations()) {
      assertThat(status(given().header("Authorization", "Bearer " + otherKey), operation))
          .as(operation[0] + " " + operation[1])
          .isEqualTo(403);
    }
    providers().verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void noKeyGets401Everywhere() {
    for (String[] operation : tenantOperations()) {
      assertThat(status(given(), operation)).as(operation[0] + " " + operation[1]).isEqualTo(401);
    }
    providers().verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aRotatedOutKeyGets401Everywhere() {
    for (String[] operation : tenantOperations()) {
      assertThat(status(given().header("Authorization", "Bearer " + rotatedOutKey), operation))
          .as(operation[0] + " " + operation[1])
          .isEqualTo(401);
    }
    providers().verify(0, anyRequestedFor(anyUrl()));
  }
}
