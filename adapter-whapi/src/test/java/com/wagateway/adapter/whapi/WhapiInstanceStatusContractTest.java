package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.contract.InstanceStatusContract;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.InstanceStatus;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Runs the shared {@link InstanceStatusContract} against Whapi's documented behaviour. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiInstanceStatusContractTest extends InstanceStatusContract implements WhapiFailureStubs {
  @InjectWhapiMock WireMockServer wireMock;
  @Inject WhapiInstanceStatus injected;
  private InstanceStatus instance;

  @BeforeEach
  void resetProvider() {
    wireMock.resetAll();
    instance = injected;
  }

  @AfterEach
  void everyRequestMatchesWhapisOpenApi() {
    WhapiOpenApi.assertAllRequestsValid(wireMock);
  }

  @Override
  protected InstanceStatus instance() {
    return instance;
  }

  @Override
  protected ProviderAccount account() {
    return WhapiFixtures.account();
  }

  @Override
  protected void providerReportsConnected() {
    wireMock.stubFor(
        get(urlPathEqualTo("/health")).willReturn(okJson(WhapiFixtures.health("AUTH"))));
  }

  @Override
  protected void providerReportsDisconnected() {
    wireMock.stubFor(get(urlPathEqualTo("/health")).willReturn(okJson(WhapiFixtures.health("QR"))));
  }

  @Override
  protected void providerOffersQr(byte[] png) {
    String base64 = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    wireMock.stubFor(
        get(urlPathEqualTo("/users/login"))
            .willReturn(
                okJson("{\"status\":\"OK\",\"base64\":\"%s\",\"expire\":20}".formatted(base64))));
  }

  @Override
  protected void providerRefusesQrBecauseConnected() {
    wireMock.stubFor(
        get(urlPathEqualTo("/users/login"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/json")
                    .withBody(WhapiFixtures.error(409, "Channel already authenticated"))));
  }

  @Override
  protected void providerAcceptsLogout() {
    wireMock.stubFor(post("/users/logout").willReturn(okJson(WhapiFixtures.SUCCESS)));
  }

  @Override
  protected void assertProviderReceivedLogout() {
    wireMock.verify(
        1,
        postRequestedFor(urlEqualTo("/users/logout"))
            .withHeader("Authorization", equalTo(WhapiFixtures.BEARER)));
  }

  @Override
  public WireMockServer whapi() {
    return wireMock;
  }

  @Override
  public void providerIsUnreachable() {
    instance = new WhapiInstanceStatus(WhapiFixtures.unreachableApi());
  }
}
