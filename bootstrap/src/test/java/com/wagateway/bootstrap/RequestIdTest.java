package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One id per request: taken from a sane {@code X-Request-Id} or generated, echoed in the response
 * and in problem bodies, passed to the providers and written in the request's log lines.
 */
@QuarkusTest
class RequestIdTest extends GatewayTest {
  private static final String HEADER = "X-Request-Id";
  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  private static final String TEXT = "{\"to\": \"+573001234567\", \"text\": \"Hi\"}";

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        private final PatternFormatter console =
            new PatternFormatter(
                ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class));

        @Override
        public void publish(LogRecord record) {
          if (record instanceof ExtLogRecord ext) {
            lines.add(console.format(ext));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureLogs() {
    capture.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void generatesAnIdWhenTheCallerSendsNone() {
    String first =
        asWhapiTenant().get(whapi("/capabilities")).then().statusCode(200).extract().header(HEADER);
    String second = asWhapiTenant().get(whapi("/capabilities")).then().extract().header(HEADER);

    assertThat(first).matches(UUID);
    assertThat(second).matches(UUID).isNotEqualTo(first);
  }

  @Test
  void echoesASaneIdFromTheCaller() {
    String id = "order-42.retry:1_" + "x".repeat(100);

    asWhapiTenant()
        .header(HEADER, id)
        .get(whapi("/capabilities"))
        .then()
        .statusCode(200)
        .header(HEADER, id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"has space", "semi;colon", "<script>", "é", ""})
  void replacesAnIdWithForbiddenCharacters(String insane) {
    asWhapiTenant()
        .header(HEADER, insane)
        .get(whapi("/capabilities"))
        .then()
        .statusCode(200)
        .header(HEADER, matchesPattern(UUID));
  }

  @Test
  void replacesAnIdOver128Characters() {
    asWhapiTenant()
        .header(HEADER, "a".repeat(129))
        .get(whapi("/capabilities"))
        .then()
        .header(HEADER, matchesPattern(UUID));
  }

  @Test
  void echoesTheIdOnAnswersOutsideTheApiToo() {
    given().header(HEADER, "probe-1").get("/q/health/ready").then().header(HEADER, "probe-1");
    given().get("/q/metrics").then().header(HEADER, matchesPattern(UUID));
  }

  @Test
  void documentsTheRequestIdInTheProblemSchema() {
    given()
        .accept("application/json")
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("components.schemas.Problem.properties.requestId.type", equalTo("string"));
  }

  @Test
  void putsTheIdInA401Problem() {
    assertProblemCarriesTheId(given(), "get", whapi("/capabilities"), 401);
  }

  @Test
  void putsTheIdInA404ProblemForAnUnknownPath() {
    assertProblemCarriesTheId(asWhapiTenant(), "get", "/v1/no-such-thing", 404);
  }

  @Test
  void putsTheIdInA405Problem() {
    assertProblemCarriesTheId(asWhapiTenant(), "delete", whapi("/capabilities"), 405);
  }

  @Test
  void putsTheIdInA400Problem() {
    ValidatableResponse response =
        asWhapiTenant()
            .header(HEADER, "caller-400")
            .body("{\"text\": \"no recipient\"}")
            .post(whapi("/messages/text"))
            .then()
            .statusCode(400);
    response.header(HEADER, "caller-400").body("requestId", equalTo("caller-400"));
  }

  @Test
  void putsTheIdInAnEarly413Problem() {
    assertProblemCarriesTheId(
        asWhapiTenant().body("{\"text\": \"" + "a".repeat(ProviderStubs.MAX_BODY_BYTES) + "\"}"),
        "post",
        whapi("/messages/text"),
        413);
  }

  @Test
  void putsTheIdInAWebhookProblem() {
    assertProblemCarriesTheId(
        given().contentType("application/json").body("{}"),
        "post",
        "/v1/webhooks/whapi/" + ProviderStubs.WHAPI_TENANT,
        401);
  }

  @Test
  void passesTheCallersIdToWhapi() {
    providers()
        .stubFor(
            post("/messages/text")
                .willReturn(okJson("{\"sent\": true, \"message\": {\"id\": \"m1\"}}")));

    asWhapiTenant().header(HEADER, "to-whapi-1").body(TEXT).post(whapi("/messages/text"));

    providers()
        .verify(
            postRequestedFor(urlEqualTo("/messages/text"))
                .withHeader(HEADER, WireMock.equalTo("to-whapi-1")));
  }

  @Test
  void passesTheCallersIdToApiWhatsAppWeb() {
    providers()
        .stubFor(
            post("/api/text").willReturn(okJson("{\"message\": \"ok\", \"messageId\": \"a1\"}")));

    asAwwwTenant().header(HEADER, "to-awww-1").body(TEXT).post(awww("/messages/text"));

    providers()
        .verify(
            postRequestedFor(urlEqualTo("/api/text"))
                .withHeader(HEADER, WireMock.equalTo("to-awww-1")));
  }

  @Test
  void passesAGeneratedIdToTheProviderToo() {
    providers()
        .stubFor(
            post("/messages/text")
                .willReturn(okJson("{\"sent\": true, \"message\": {\"id\": \"m2\"}}")));

    String generated =
        asWhapiTenant().body(TEXT).post(whapi("/messages/text")).then().extract().header(HEADER);

    providers()
        .verify(
            postRequestedFor(urlEqualTo("/messages/text"))
                .withHeader(HEADER, WireMock.equalTo(generated)));
  }

  @Test
  void writesTheIdInTheLogLinesOfItsRequest() {
    providers().stubFor(post("/messages/text").willReturn(aResponse().withStatus(500)));

    asWhapiTenant()
        .header(HEADER, "logged-id-7")
        .body(TEXT)
        .post(whapi("/messages/text"))
        .then()
        .statusCode(greaterThanOrEqualTo(500))
        .body("requestId", equalTo("logged-id-7"));

    assertThat(lines)
        .filteredOn(line -> line.contains("Provider call failed"))
        .isNotEmpty()
        .allMatch(line -> line.contains("[logged-id-7]"));
  }

  private static void assertProblemCarriesTheId(
      RequestSpecification request, String method, String path, int status) {
    ValidatableResponse response =
        request
            .request(method, path)
            .then()
            .statusCode(status)
            .contentType("application/problem+json");
    String id = response.extract().header(HEADER);

    assertThat(id).matches(UUID);
    response.body("requestId", equalTo(id));
  }
}
