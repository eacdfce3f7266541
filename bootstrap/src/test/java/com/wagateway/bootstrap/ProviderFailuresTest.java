package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A provider that fails, refuses, throttles or stalls yields a precise problem; the gateway stays
 * up.
 */
@QuarkusTest
class ProviderFailuresTest extends GatewayTest {

  private void everySendAnswers(ResponseDefinitionBuilder response) {
    providers().stubFor(post(urlPathMatching("/(messages|api)/text")).willReturn(response));
  }

  private ValidatableResponse sendText(String provider) {
    var caller = provider.equals("whapi") ? asWhapiTenant() : asAwwwTenant();
    String path = provider.equals("whapi") ? whapi("/messages/text") : awww("/messages/text");
    return caller
        .body("{\"to\": \"573001234567\", \"text\": \"Hi\"}")
        .post(path)
        .then()
        .contentType("application/problem+json")
        .body("provider", equalTo(provider))
        .body("detail", not(containsString(ProviderStubs.WHAPI_TOKEN)))
        .body("detail", not(containsString(ProviderStubs.AWWW_API_KEY)));
  }

  /** The provider is fine again: a plain send goes through. */
  private void aNormalSendWorks(String provider) {
    providers().resetAll();
    everySendAnswers(
        okJson(
            provider.equals("whapi")
                ? "{\"sent\": true, \"message\": {\"id\": \"wamid-ok\", \"status\": \"sent\"}}"
                : "{\"message\": \"Texto enviado\", \"messageId\": \"awww-ok\"}"));
    var caller = provider.equals("whapi") ? asWhapiTenant() : asAwwwTenant();
    String path = provider.equals("whapi") ? whapi("/messages/text") : awww("/messages/text");
    caller
        .body("{\"to\": \"573001234567\", \"text\": \"Hi\"}")
        .post(path)
        .then()
        .statusCode(200)
        .body("provider", equalTo(provider));
  }

  static Stream<Arguments> brokenExchanges() {
    return Stream.of("whapi", "apiwhatsappweb")
        .flatMap(
            provider ->
                Stream.of(
                        Fault.EMPTY_RESPONSE,
                        Fault.MALFORMED_RESPONSE_CHUNK,
                        Fault.RANDOM_DATA_THEN_CLOSE)
                    .map(fault -> Arguments.of(provider, fault)));
  }

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\": {\"code\": " + status + ", \"message\": \"refused\"}}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"whapi", "apiwhatsappweb"})
  void aProviderServerErrorBecomes502(String provider) {
    everySendAnswers(status(500));
    sendText(provider).statusCode(502).body("code", equalTo("PROVIDER_ERROR"));
    aNormalSendWorks(provider);
  }

  @ParameterizedTest
  @ValueSource(strings = {"whapi", "apiwhatsappweb"})
  void refusedCredentialsBecome502ProviderAuthFailed(String provider) {
    everySendAnswers(status(401));
    sendText(provider).statusCode(502).body("code", equalTo("PROVIDER_AUTH_FAILED"));
    aNormalSendWorks(provider);
  }

  @ParameterizedTest
  @ValueSource(strings = {"whapi", "apiwhatsappweb"})
  void aProviderRateLimitBecomes429WithRetryAfter(String provider) {
    everySendAnswers(status(429).withHeader("Retry-After", "7"));
    sendText(provider)
        .statusCode(429)
        .header("Retry-After", "7")
        .body("code", equalTo("RATE_LIMITED"));
    aNormalSendWorks(provider);
  }

  @ParameterizedTest
  @ValueSource(strings = {"whapi", "apiwhatsappweb"})
  void aSlowProviderBecomes504(String provider) {
    everySendAnswers(status(200).withFixedDelay(3_000));
    sendText(provider).statusCode(504).body("code", equalTo("PROVIDER_TIMEOUT"));
    aNormalSendWorks(provider);
  }

  @ParameterizedTest
  @ValueSource(strings = {"whapi", "apiwhatsappweb"})
  void anHtmlErrorPageBecomes502(String provider) {
    everySendAnswers(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "text/html")
            .withBody("<html>oops</html>"));
    sendText(provider).statusCode(502).body("code", equalTo("PROVIDER_ERROR"));
    aNormalSendWorks(provider);
  }

  @ParameterizedTest
  @ValueSource(strings = {"whapi", "apiwhatsappweb"})
  void aResetConnectionBecomes502(String provider) {
    everySendAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    sendText(provider).statusCode(502).body("code", equalTo("PROVIDER_ERROR"));
    aNormalSendWorks(provider);
  }

  @Test
  void aWhapiRefusalOfTheContentBecomes422() {
    everySendAnswers(status(400));
    sendText("whapi").statusCode(422).body("code", equalTo("PROVIDER_REJECTED"));
  }

  @Test
  void theGatewayKeepsServingAfterProviderFailures() {
    everySendAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    sendText("whapi").statusCode(502);

    asWhapiTenant().get(whapi("/capabilities")).then().statusCode(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"whapi", "apiwhatsappweb"})
  void anEmptySuccessBecomes502(String provider) {
    everySendAnswers(aResponse().withStatus(200).withHeader("Content-Type", "application/json"));
    sendText(provider).statusCode(502).body("code", equalTo("PROVIDER_ERROR"));
    aNormalSendWorks(provider);
  }

  @ParameterizedTest
  @ValueSource(strings = {"whapi", "apiwhatsappweb"})
  void aMalformedJsonSuccessBecomes502(String provider) {
    everySendAnswers(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"sent\": true, \"message\": {\"id\": "));
    sendText(provider).statusCode(502).body("code", equalTo("PROVIDER_ERROR"));
    aNormalSendWorks(provider);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("brokenExchanges")
  void aBrokenExchangeBecomes502(String provider, Fault fault) {
    everySendAnswers(aResponse().withFault(fault));
    sendText(provider).statusCode(502).body("code", equalTo("PROVIDER_ERROR"));
    aNormalSendWorks(provider);
  }

  @ParameterizedTest
  @ValueSource(strings = {"whapi", "apiwhatsappweb"})
  void aProviderOutageBecomes502(String provider) {
    everySendAnswers(status(503));
    sendText(provider).statusCode(502).body("code", equalTo("PROVIDER_ERROR"));
    aNormalSendWorks(provider);
  }

  @ParameterizedTest
  @ValueSource(strings = {"whapi", "apiwhatsappweb"})
  void aProviderRateLimitWithoutRetryAfterBecomes429WithTheGatewaysOwn(String provider) {
    everySendAnswers(status(429));
    String retryAfter =
        sendText(provider)
            .statusCode(429)
            .body("code", equalTo("RATE_LIMITED"))
            .extract()
            .header("Retry-After");
    assertThat(Long.parseLong(retryAfter)).isPositive();
    aNormalSendWorks(provider);
  }

  @ParameterizedTest
  @ValueSource(strings = {"whapi", "apiwhatsappweb"})
  void aStormOfServerErrorsIsAnsweredOneProblemAtATime(String provider) {
    everySendAnswers(status(500));
    for (int i = 0; i < 20; i++) {
      sendText(provider).statusCode(502).body("code", equalTo("PROVIDER_ERROR"));
    }
    providers().verify(20, postRequestedFor(urlPathMatching("/(messages|api)/text")));
    aNormalSendWorks(provider);
  }
}
