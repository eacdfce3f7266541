package com.wagateway.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.wagateway.bootstrap.persistence.PostgresPersistence;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** On PostgreSQL, readiness checks that server, and the inactive H2 datasource is left out. */
@QuarkusTest
@Tag("postgres")
@TestProfile(PostgresPersistence.class)
class PostgresHealthTest extends GatewayTest {

  @Test
  void isReadyWhenPostgresqlAnswers() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(
            "checks.find { it.name == 'Database connections health check' }.data",
            equalTo(Map.of("postgresql", "UP")));
  }
}
