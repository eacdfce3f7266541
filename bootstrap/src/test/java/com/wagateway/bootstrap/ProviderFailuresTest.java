package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
  }

  @ParameterizedTest
  @ValueSource(strings = {"whapi", "apiwhatsappweb"})
  void refusedCredentialsBecome502ProviderAuthFailed(String provider) {
    everySendAnswers(status(401));
    sendText(provider).statusCode(502).body("code", equalTo("PROVIDER_AUTH_FAILED"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"whapi", "apiwhatsappweb"})
  void aProviderRateLimitBecomes429WithRetryAfter(String provider) {
    everySendAnswers(status(429).withHeader("Retry-After", "7"));
    sendText(provider)
        .statusCode(429)
        .header("Retry-After", "7")
        .body("code", equalTo("RATE_LIMITED"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"whapi", "apiwhatsappweb"})
  void aSlowProviderBecomes504(String provider) {
    everySendAnswers(status(200).withFixedDelay(3_000));
    sendText(provider).statusCode(504).body("code", equalTo("PROVIDER_TIMEOUT"));
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
  }

  @ParameterizedTest
  @ValueSource(strings = {"whapi", "apiwhatsappweb"})
  void aResetConnectionBecomes502(String provider) {
    everySendAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    sendText(provider).statusCode(502).body("code", equalTo("PROVIDER_ERROR"));
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
}
