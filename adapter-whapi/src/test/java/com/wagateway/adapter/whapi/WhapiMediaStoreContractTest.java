package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.contract.MediaStoreContract;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.MediaStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Runs the shared {@link MediaStoreContract} against Whapi's documented media endpoints. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiMediaStoreContractTest extends MediaStoreContract {
  static final String MEDIA_ID = "pdf-4f1a8c2e-9b7d-4c11";

  @InjectWhapiMock WireMockServer wireMock;
  @Inject WhapiMediaStore store;

  @BeforeEach
  void resetProvider() {
    wireMock.resetAll();
  }

  @AfterEach
  void everyRequestMatchesWhapisOpenApi() {
    WhapiOpenApi.assertAllRequestsValid(wireMock);
  }

  @Override
  protected MediaStore store() {
    return store;
  }

  @Override
  protected ProviderAccount account() {
    return WhapiFixtures.account();
  }

  @Override
  protected MediaId knownId() {
    return new MediaId(MEDIA_ID);
  }

  @Override
  protected void providerServesFile() {
    wireMock.stubFor(
        get("/media/" + MEDIA_ID)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/pdf")
                    .withBody(FILE)));
  }

  @Override
  protected void providerHasNoFile() {
    wireMock.stubFor(
        get("/media/" + MEDIA_ID)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(WhapiFixtures.error(404, "Specified media not found"))));
  }

  @Override
  protected void providerStoresFiles() {
    wireMock.stubFor(post("/media").willReturn(okJson(WhapiFixtures.uploaded(MEDIA_ID))));
  }

  @Override
  protected void assertProviderNotCalled() {
    assertThat(wireMock.getAllServeEvents()).isEmpty();
  }
}
