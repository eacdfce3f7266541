package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Captures everything the application logs, at every level, while tenants are created, updated and
 * used and while providers fail, and checks that no credential or key ever appears.
 */
@QuarkusTest
class NoSecretsInLogsTest extends GatewayTest {
  private static final String TOKEN = "whapi-token-SECRET-log-1111";
  private static final String NEW_TOKEN = "whapi-token-SECRET-log-2222";
  private static final String AWWW_KEY = "awww-key-SECRET-log-3333";

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final List<Level> levels = new CopyOnWriteArrayList<>();
  private Level rootLevel;
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (fromTheTestHarness(record.getLoggerName())) {
            return;
          }
          StringWriter text = new StringWriter();
          text.append('[').append(record.getLoggerName()).append("] ");
          text.append(String.valueOf(record.getMessage()));
          if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
              text.append(' ').append(String.valueOf(parameter));
            }
          }
          if (record.getThrown() != null) {
            record.getThrown().printStackTrace(new PrintWriter(text));
          }
          lines.add(text.toString());
          levels.add(record.getLevel());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  /**
   * The test's own HTTP client (REST Assured on Apache HttpClient) and the simulated providers
   * (WireMock on Jetty) log what the test sends them, secrets included; the gateway is not them.
   */
  private static boolean fromTheTestHarness(String logger) {
    return logger != null
        && (logger.startsWith("org.apache.http")
            || logger.startsWith("io.restassured")
            || logger.startsWith("com.github.tomakehurst.wiremock")
            || logger.startsWith("wiremock")
            || logger.startsWith("org.eclipse.jetty"));
  }

  @BeforeEach
  void captureEverything() {
    Logger root = Logger.getLogger("");
    rootLevel = root.getLevel();
    // The configured INFO would drop DEBUG records before any handler saw them.
    root.setLevel(Level.ALL);
    capture.setLevel(Level.ALL);
    root.addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger root = Logger.getLogger("");
    root.removeHandler(capture);
    root.setLevel(rootLevel);
  }

  @Test
  void noCredentialOrKeyIsEverLogged() {
    String id = AdminApi.freshId("logs");
    String key = AdminApi.createOnWhapi(id, TOKEN);
    AdminApi.asAdmin()
        .body("{\"whapi\": {\"token\": \"" + NEW_TOKEN + "\"}}")
        .patch("/v1/admin/tenants/" + id)
        .then()
        .statusCode(200);
    String text = "{\"to\": \"+573001234567\", \"text\": \"Hi\"}";

    providers()
        .stubFor(
            post("/messages/text")
                .willReturn(
                    okJson(
                        "{\"sent\": true, \"message\": {\"id\": \"m1\", \"status\": \"sent\"}}")));
    as(key).body(text).post("/v1/tenants/" + id + "/messages/text").then().statusCode(200);
    providers()
        .stubFor(
            post("/messages/text")
                .willReturn(
                    aResponse()
                        .withStatus(401)
                        .withBody(
                            "{\"error\": {\"code\": 401, \"message\": \"bad token "
                                + NEW_TOKEN
                                + "\"}}")));
    as(key).body(text).post("/v1/tenants/" + id + "/messages/text").then().statusCode(502);
    providers().stubFor(post("/messages/text").willReturn(aResponse().withStatus(500)));
    as(key).body(text).post("/v1/tenants/" + id + "/messages/text").then().statusCode(502);
    AdminApi.switchToApiWhatsAppWeb(id, AWWW_KEY, "inst-log");
    String rotated = AdminApi.rotateKey(id);
    as("wagk_wrong-key").get("/v1/tenants/" + id + "/capabilities").then().statusCode(401);

    assertThat(lines).isNotEmpty();
    assertThat(levels)
        .as("DEBUG records are captured, not only INFO and above")
        .anyMatch(level -> level.intValue() <= Level.FINE.intValue());
    for (String secret :
        List.of(
            TOKEN,
            NEW_TOKEN,
            AWWW_KEY,
            key,
            rotated,
            "dGVzdC1tYXN0ZXIta2V5LW5vdC1mb3ItcHJvZC11c2U=")) {
      assertThat(lines)
          .as("log lines containing a secret")
          .noneMatch(line -> line.contains(secret));
    }
  }
}
