package com.wagateway.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged application, started, stopped and started again on the same H2 file: tenants created
 * through the admin API are still there, with working keys and decryptable credentials.
 */
class RestartIT {
  private static final String ADMIN = "restart-admin-key";
  private static final String MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
  private Process app;

  @AfterEach
  void stop() throws InterruptedException {
    if (app != null && app.isAlive()) {
      app.destroy();
      app.waitFor();
    }
  }

  @Test
  void tenantsCreatedThroughTheApiSurviveARestart() throws Exception {
    Path data = Files.createTempDirectory("gateway-restart");
    int port = freePort();

    start(data, port);
    String key =
        given()
            .port(port)
            .header("Authorization", "Bearer " + ADMIN)
            .contentType(ContentType.JSON)
            .body(
                "{\"id\": \"durable\", \"provider\": \"whapi\", \"whapi\": {\"token\": \"whapi-token-not-real-durable\"}}")
            .post("/v1/admin/tenants")
            .then()
            .statusCode(201)
            .extract()
            .path("apiKey");
    stopGracefully();

    start(data, port);
    given()
        .port(port)
        .header("Authorization", "Bearer " + ADMIN)
        .get("/v1/admin/tenants/durable")
        .then()
        .statusCode(200)
        .body("provider", equalTo("whapi"))
        .body("credentials.token", equalTo("****able"));
    given()
        .port(port)
        .header("Authorization", "Bearer " + key)
        .get("/v1/tenants/durable/capabilities")
        .then()
        .statusCode(200);
  }

  private void start(Path data, int port) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Dquarkus.http.port=" + port,
                "-Dgateway.data-dir=" + data,
                "-Dgateway.admin-api-key=" + ADMIN,
                "-Dgateway.security.master-key=" + MASTER_KEY,
                "-jar",
                "target/quarkus-app/quarkus-run.jar"));
    app =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("app.log").toFile())
            .start();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> isUp(port));
  }

  private void stopGracefully() throws InterruptedException {
    app.destroy();
    assertThat(app.waitFor()).isNotNull();
  }

  private boolean isUp(int port) {
    assertThat(app.isAlive()).as("the application exited during start-up").isTrue();
    try {
      return given().port(port).get("/q/openapi").statusCode() == 200;
    } catch (Exception notYet) { // RestAssured rethrows ConnectException unchecked
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
