package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.contract.ProfileConfigurerContract;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.ProfileConfigurer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Runs the shared {@link ProfileConfigurerContract} against Whapi's documented behaviour. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiProfileConfigurerContractTest extends ProfileConfigurerContract
    implements WhapiFailureStubs {
  @InjectWhapiMock WireMockServer wireMock;
  @Inject WhapiProfileConfigurer injected;
  private ProfileConfigurer configurer;

  @BeforeEach
  void resetProvider() {
    wireMock.resetAll();
    configurer = injected;
  }

  @AfterEach
  void everyRequestMatchesWhapisOpenApi() {
    WhapiOpenApi.assertAllRequestsValid(wireMock);
  }

  @Override
  protected ProfileConfigurer configurer() {
    return configurer;
  }

  @Override
  protected ProviderAccount account() {
    return WhapiFixtures.account();
  }

  @Override
  protected void providerAcceptsProfileChanges() {
    wireMock.stubFor(patch("/users/profile").willReturn(okJson(WhapiFixtures.SUCCESS)));
  }

  @Override
  protected void assertProviderReceivedName(String name) {
    wireMock.verify(
        patchRequestedFor(urlEqualTo("/users/profile"))
            .withHeader("Authorization", equalTo(WhapiFixtures.BEARER))
            .withRequestBody(equalToJson("{\"name\":\"%s\"}".formatted(name))));
  }

  @Override
  protected void assertProviderReceivedPictureUrl(String url) {
    wireMock.verify(
        patchRequestedFor(urlEqualTo("/users/profile"))
            .withHeader("Authorization", equalTo(WhapiFixtures.BEARER))
            .withRequestBody(equalToJson("{\"icon\":\"%s\"}".formatted(url))));
  }

  @Override
  protected void providerAcceptsWebhookRegistration() {
    wireMock.stubFor(get("/settings").willReturn(okJson("{\"webhooks\":[]}")));
    wireMock.stubFor(patch("/settings").willReturn(okJson(WhapiFixtures.settingsUpdated())));
  }

  @Override
  protected void assertProviderReceivedWebhookUrl(String url) {
    wireMock.verify(
        1,
        patchRequestedFor(urlEqualTo("/settings"))
            .withHeader("Authorization", equalTo(WhapiFixtures.BEARER))
            .withRequestBody(matchingJsonPath("$.webhooks[0].url", equalTo(url))));
  }

  @Override
  public WireMockServer whapi() {
    return wireMock;
  }

  @Override
  public void providerIsUnreachable() {
    configurer = new WhapiProfileConfigurer(WhapiFixtures.unreachableApi());
  }
}
