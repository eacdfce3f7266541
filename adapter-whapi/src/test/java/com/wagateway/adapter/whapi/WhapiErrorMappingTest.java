package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.port.Completions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every documented Whapi failure, and every I/O failure, becomes one domain error code. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiErrorMappingTest {
  private static final OutboundMessage HELLO =
      new OutboundMessage(
          Recipient.parse("573001234567"), new MessageContent.Text("Hello", null, null));

  @InjectWhapiMock WireMockServer wireMock;
  @Inject WhapiApi api;

  @BeforeEach
  void resetProvider() {
    wireMock.resetAll();
  }

  @AfterEach
  void everyRequestMatchesWhapisOpenApi() {
    WhapiOpenApi.assertAllRequestsValid(wireMock);
  }

  private void whapiAnswers(ResponseDefinitionBuilder response) {
    wireMock.stubFor(post("/messages/text").willReturn(response));
  }

  private void whapiAnswers(int status, String errorMessage) {
    whapiAnswers(
        aResponse()
            .withStatus(status)
            .withHeader("Content-Type", "application/json")
            .withBody(WhapiFixtures.error(status, errorMessage)));
  }

  private GatewayException failure() {
    return failure(new WhapiMessageSender(api));
  }

  private static GatewayException failure(WhapiMessageSender sender) {
    var thrown = new GatewayException[1];
    assertThatThrownBy(() -> Completions.join(sender.send(WhapiFixtures.account(), HELLO)))
        .isInstanceOfSatisfying(GatewayException.class, e -> thrown[0] = e)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(WhapiFixtures.TOKEN));
    assertThat(thrown[0].provider()).isPresent();
    return thrown[0];
  }

  private static ProviderException providerFailure(GatewayException e, ErrorCode code) {
    assertThat(e.code()).isEqualTo(code);
    return (ProviderException) e;
  }

  @Test
  void mapsWhapi400ToProviderRejectedWithWhapisMessage() {
    whapiAnswers(400, "Parameter 'to' is invalid");

    var e = providerFailure(failure(), ErrorCode.PROVIDER_REJECTED);

    assertThat(e.providerStatus()).contains(400);
    assertThat(e.getMessage()).contains("Parameter 'to' is invalid");
  }

  @Test
  void shortensLongProviderMessages() {
    whapiAnswers(400, "x".repeat(1_000));

    assertThat(failure().getMessage()).hasSizeLessThan(260);
  }

  @Test
  void hidesTheTokenEvenWhenWhapiEchoesIt() {
    whapiAnswers(400, "Token " + WhapiFixtures.TOKEN + " is not valid for this channel");

    assertThat(failure().getMessage()).doesNotContain(WhapiFixtures.TOKEN).contains("******");
  }

  @Test
  void mapsWhapi401ToProviderAuthFailed() {
    whapiAnswers(401, "Need channel authorization for send message");

    assertThat(providerFailure(failure(), ErrorCode.PROVIDER_AUTH_FAILED).providerStatus())
        .contains(401);
  }

  @Test
  void mapsWhapi402ToProviderAuthFailed() {
    whapiAnswers(402, "Trial version limit exceeded");

    assertThat(providerFailure(failure(), ErrorCode.PROVIDER_AUTH_FAILED).providerStatus())
        .contains(402);
  }

  @Test
  void mapsWhapi403ToProviderRejected() {
    whapiAnswers(403, "It is forbidden to send to this group/recipient");

    assertThat(providerFailure(failure(), ErrorCode.PROVIDER_REJECTED).providerStatus())
        .contains(403);
  }

  @Test
  void mapsWhapi404ToNotFound() {
    whapiAnswers(404, "Media with specified id not found");

    assertThat(providerFailure(failure(), ErrorCode.NOT_FOUND).providerStatus()).contains(404);
  }

  @Test
  void mapsWhapi409ToInstanceStateConflict() {
    whapiAnswers(409, "Channel already authenticated");

    assertThat(failure().code()).isEqualTo(ErrorCode.INSTANCE_STATE_CONFLICT);
  }

  @Test
  void mapsWhapi413ToPayloadTooLarge() {
    whapiAnswers(413, "Request body too large");

    assertThat(providerFailure(failure(), ErrorCode.PAYLOAD_TOO_LARGE).providerStatus())
        .contains(413);
  }

  @Test
  void mapsWhapi415ToProviderRejected() {
    whapiAnswers(415, "Unsupported media type");

    assertThat(providerFailure(failure(), ErrorCode.PROVIDER_REJECTED).providerStatus())
        .contains(415);
  }

  @Test
  void mapsOtherWhapi4xxToProviderRejected() {
    whapiAnswers(422, "Unprocessable");

    assertThat(providerFailure(failure(), ErrorCode.PROVIDER_REJECTED).providerStatus())
        .contains(422);
  }

  @Test
  void mapsWhapi429WithRetryAfterSecondsToRateLimited() {
    whapiAnswers(
        aResponse()
            .withStatus(429)
            .withHeader("Retry-After", "30")
            .withBody(WhapiFixtures.error(429, "Too many requests")));

    var e = providerFailure(failure(), ErrorCode.RATE_LIMITED);

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
    assertThat(e.providerStatus()).contains(429);
  }

  @Test
  void mapsWhapi429WithRetryAfterDateToRateLimited() {
    whapiAnswers(
        aResponse().withStatus(429).withHeader("Retry-After", "Wed, 21 Oct 2099 07:28:00 GMT"));

    var e = providerFailure(failure(), ErrorCode.RATE_LIMITED);

    assertThat(e.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isPositive());
  }

  @Test
  void mapsWhapi429WithoutRetryAfterToRateLimitedWithoutHint() {
    whapiAnswers(429, "Too many requests");

    assertThat(providerFailure(failure(), ErrorCode.RATE_LIMITED).retryAfter()).isEmpty();
  }

  @Test
  void mapsWhapi500ToProviderError() {
    whapiAnswers(500, "Internal error");

    assertThat(providerFailure(failure(), ErrorCode.PROVIDER_ERROR).providerStatus()).contains(500);
  }

  @Test
  void mapsWhapi503WithAnHtmlPageToProviderError() {
    whapiAnswers(aResponse().withStatus(503).withBody(WhapiStubs.HTML_PAGE));

    var e = providerFailure(failure(), ErrorCode.PROVIDER_ERROR);

    assertThat(e.providerStatus()).contains(503);
    assertThat(e.getMessage()).doesNotContain("<html>");
  }

  @Test
  void mapsASlowWhapiToProviderTimeout() {
    WhapiStubs.isTooSlow(wireMock);

    assertThat(failure().code()).isEqualTo(ErrorCode.PROVIDER_TIMEOUT);
  }

  @Test
  void mapsARefusedConnectionToProviderUnavailable() {
    assertThat(failure(new WhapiMessageSender(WhapiFixtures.unreachableApi())).code())
        .isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE);
  }

  @Test
  void mapsAnUnknownHostToProviderUnavailable() {
    var api =
        WhapiApi.forUrl(
            URI.create("http://whapi.invalid"), Duration.ofSeconds(1), Duration.ofSeconds(1));

    assertThat(failure(new WhapiMessageSender(api)).code())
        .isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE);
  }

  @Test
  void mapsAnHtmlPageWith200ToProviderError() {
    whapiAnswers(ok(WhapiStubs.HTML_PAGE).withHeader("Content-Type", "text/html"));

    assertThat(failure().code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
  }

  @Test
  void mapsAnEmptyBodyWith200ToProviderError() {
    whapiAnswers(ok());

    assertThat(failure().code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
  }

  @Test
  void mapsAConnectionResetToProviderError() {
    whapiAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThat(failure().code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
  }

  @Test
  void mapsAnEmptyReplyToProviderError() {
    whapiAnswers(aResponse().withFault(Fault.EMPTY_RESPONSE));

    assertThat(failure().code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
  }

  @Test
  void mapsGarbageBytesToProviderError() {
    whapiAnswers(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));

    assertThat(failure().code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
  }
}
