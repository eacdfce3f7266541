package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With {@code quarkus.log.console.json.enabled=true} each console line is a JSON object. */
@QuarkusTest
@TestProfile(JsonLogsTest.JsonLogs.class)
class JsonLogsTest extends GatewayTest {

  /** The switch an operator flips: QUARKUS_LOG_CONSOLE_JSON_ENABLED=true. */
  public static class JsonLogs implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.log.console.json.enabled", "true");
    }
  }

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private Handler capture;

  @BeforeEach
  void captureWithTheConsoleFormatter() {
    Formatter console = consoleHandler().orElseThrow().getFormatter();
    capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(console.format(record)); // on the logging thread, where the MDC is
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    capture.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void writesEachLineAsJsonWithTheRequestId() throws Exception {
    providers().stubFor(post("/messages/text").willReturn(aResponse().withStatus(500)));

    asWhapiTenant()
        .header("X-Request-Id", "json-log-1")
        .body("{\"to\": \"+573001234567\", \"text\": \"Hi\"}")
        .post(whapi("/messages/text"));

    String line =
        lines.stream().filter(l -> l.contains("Provider call failed")).findFirst().orElseThrow();
    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.path("level").asText()).isEqualTo("WARN");
    assertThat(json.path("mdc").path("requestId").asText()).isEqualTo("json-log-1");
    assertThat(line.strip()).doesNotContain("\n");
  }

  private static Optional<Handler> consoleHandler() {
    return handlers(Logger.getLogger("").getHandlers())
        .filter(ConsoleHandler.class::isInstance)
        .findFirst();
  }

  private static Stream<Handler> handlers(Handler[] handlers) {
    return Stream.of(handlers)
        .flatMap(
            h ->
                h instanceof ExtHandler ext
                    ? Stream.concat(Stream.of(h), handlers(ext.getHandlers()))
                    : Stream.of(h));
  }
}
