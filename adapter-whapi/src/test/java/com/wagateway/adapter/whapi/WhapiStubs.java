package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.github.tomakehurst.wiremock.WireMockServer;

/** Provider misbehaviour shared by the three contract tests (the {@code ProviderFailureHooks}). */
final class WhapiStubs {
  static final String HTML_PAGE = "<html><body><h1>Bad gateway</h1></body></html>";

  private WhapiStubs() {}

  static void rejectsCredentials(WireMockServer wireMock) {
    wireMock.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(WhapiFixtures.error(401, "Need channel authorization"))));
  }

  static void failsInternally(WireMockServer wireMock) {
    wireMock.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "application/json")
                    .withBody(WhapiFixtures.error(500, "Internal error"))));
  }

  /** A 200 with an HTML page, as a misconfigured proxy in front of Whapi might send. */
  static void answersGarbage(WireMockServer wireMock) {
    wireMock.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(HTML_PAGE)));
  }

  /** Three times the 1 s read timeout of the test configuration. */
  static void isTooSlow(WireMockServer wireMock) {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson(WhapiFixtures.SUCCESS).withFixedDelay(3_000)));
  }
}
