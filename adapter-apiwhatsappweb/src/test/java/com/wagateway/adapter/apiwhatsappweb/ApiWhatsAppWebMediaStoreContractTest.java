package com.wagateway.adapter.apiwhatsappweb;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.contract.MediaStoreContract;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.MediaStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** API WhatsApp Web has no media store: the contract's "refuses without a call" half applies. */
@QuarkusTest
@WithTestResource(WireMockResource.class)
class ApiWhatsAppWebMediaStoreContractTest extends MediaStoreContract {
  @InjectWireMock WireMockServer server;
  @Inject ApiWhatsAppWebMediaStore store;

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  @Override
  protected MediaStore store() {
    return store;
  }

  @Override
  protected ProviderAccount account() {
    return ProviderStub.ACCOUNT;
  }

  @Override
  protected MediaId knownId() {
    return new MediaId("pdf-4f1a8c2e");
  }

  @Override
  protected void providerServesFile() {
    throw new UnsupportedOperationException("no media store to stub");
  }

  @Override
  protected void providerHasNoFile() {
    throw new UnsupportedOperationException("no media store to stub");
  }

  @Override
  protected void providerStoresFiles() {
    throw new UnsupportedOperationException("no media store to stub");
  }

  @Override
  protected void assertProviderNotCalled() {
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
