package com.wagateway.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) run as its own process, as
 * an operator runs it, configured only through -D properties: what the *IT tests drive. Its output
 * goes to {@code app.log} in the data directory.
 */
final class PackagedGateway implements AutoCloseable {
  static final String MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
  private final Process process;

  private PackagedGateway(Process process) {
    this.process = process;
  }

  /** Starts the jar on {@code port} with its H2 file in {@code data}; returns once it answers. */
  static PackagedGateway start(Path data, int port, String adminKey, List<String> properties)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Dquarkus.http.port=" + port,
                "-Dgateway.data-dir=" + data,
                "-Dgateway.admin-api-key=" + adminKey,
                "-Dgateway.security.master-key=" + MASTER_KEY));
    command.addAll(properties);
    command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
    PackagedGateway gateway =
        new PackagedGateway(
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("app.log").toFile())
                .start());
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> gateway.isUp(port));
    return gateway;
  }

  /** SIGTERM: the JVM runs Quarkus's shutdown, which ends with exit code 143 (128 + 15). */
  void stopGracefully() throws InterruptedException {
    process.destroy();
    assertThat(process.waitFor()).as("exit code after SIGTERM").isIn(0, 143);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      process.waitFor();
    }
  }

  private boolean isUp(int port) {
    assertThat(process.isAlive()).as("the application exited during start-up").isTrue();
    try {
      return given().port(port).get("/q/openapi").statusCode() == 200;
    } catch (Exception notYet) { // RestAssured rethrows ConnectException unchecked
      return false;
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
