package com.wagateway.adapter.whapi;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.contract.ProviderFailureContract;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.port.MediaStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** A media download fails in the same shapes as every other Whapi call. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiMediaStoreFailureTest extends ProviderFailureContract implements WhapiFailureStubs {
  @InjectWhapiMock WireMockServer wireMock;
  @Inject WhapiMediaStore injected;
  private MediaStore store;

  @BeforeEach
  void resetProvider() {
    wireMock.resetAll();
    store = injected;
  }

  @Override
  protected void callProvider() {
    store
        .download(WhapiFixtures.account(), new MediaId(WhapiMediaStoreContractTest.MEDIA_ID))
        .close();
  }

  @Override
  public WireMockServer whapi() {
    return wireMock;
  }

  @Override
  public void providerIsUnreachable() {
    store = new WhapiMediaStore(WhapiFixtures.unreachableApi());
  }
}
