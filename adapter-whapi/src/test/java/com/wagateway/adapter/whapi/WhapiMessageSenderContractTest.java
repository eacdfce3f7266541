package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.contract.MessageSenderContract;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.MessageSender;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Runs the shared {@link MessageSenderContract} against Whapi's documented behaviour. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiMessageSenderContractTest extends MessageSenderContract implements WhapiFailureStubs {
  @InjectWhapiMock WireMockServer wireMock;
  @Inject WhapiMessageSender injected;
  private MessageSender sender;

  @BeforeEach
  void resetProvider() {
    wireMock.resetAll();
    sender = injected;
  }

  @AfterEach
  void everyRequestMatchesWhapisOpenApi() {
    WhapiOpenApi.assertAllRequestsValid(wireMock);
  }

  @Override
  protected MessageSender sender() {
    return sender;
  }

  @Override
  protected ProviderAccount account() {
    return WhapiFixtures.account();
  }

  @Override
  protected void providerAcceptsTextSend(String providerMessageId) {
    wireMock.stubFor(
        post("/messages/text")
            .willReturn(okJson(WhapiFixtures.sentMessage(providerMessageId, "pending"))));
  }

  @Override
  protected void assertProviderReceivedText(String digits, String body) {
    wireMock.verify(
        1,
        postRequestedFor(urlEqualTo("/messages/text"))
            .withHeader("Authorization", equalTo(WhapiFixtures.BEARER))
            .withRequestBody(
                equalToJson("{\"to\":\"%s\",\"body\":\"%s\"}".formatted(digits, body))));
  }

  @Override
  public WireMockServer whapi() {
    return wireMock;
  }

  @Override
  public void providerIsUnreachable() {
    sender = new WhapiMessageSender(WhapiFixtures.unreachableApi());
  }
}
