package com.wagateway.adapter.apiwhatsappweb;

import static com.wagateway.adapter.apiwhatsappweb.GatewayAssertions.failsWith;
import static com.wagateway.adapter.apiwhatsappweb.ProviderStub.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.instance.InstanceState;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Status, QR and disconnect: exact requests and every documented answer. */
@QuarkusTest
@WithTestResource(WireMockResource.class)
class ApiWhatsAppWebInstanceRequestTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2};
  private static final String PNG_BASE64 = Base64.getEncoder().encodeToString(PNG);

  @InjectWireMock WireMockServer server;
  @Inject ApiWhatsAppWebInstanceStatus instance;
  private ProviderStub provider;

  @BeforeEach
  void reset() {
    provider = new ProviderStub(server);
  }

  private void statusSays(String sentence) {
    provider.answers(
        "POST", "/api/config/status", 200, "{\"success\": \"%s\"}".formatted(sentence));
  }

  private void qrIs(String qr) {
    provider.answers(
        "POST",
        "/api/config/qr",
        200,
        "{\"success\": \"QR-CODE enviado\", \"QR\": \"%s\"}".formatted(qr));
  }

  @Test
  void asksForTheStatusWithABodylessPost() {
    statusSays("Instancia activa");

    InstanceState state = instance.status(ACCOUNT);

    provider.assertReceived("POST", "/api/config/status", null);
    assertThat(state.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(state.providerState()).isEqualTo("Instancia activa");
  }

  @Test
  void readsInactiveAsDisconnectedKeepingTheProvidersWords() {
    statusSays("Instancia inactiva");

    InstanceState state = instance.status(ACCOUNT);

    assertThat(state.state()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThat(state.providerState()).isEqualTo("Instancia inactiva");
  }

  @Test
  void readsAnUnrecognisedSentenceAsUnknown() {
    statusSays("Estado desconocido");

    assertThat(instance.status(ACCOUNT).state()).isEqualTo(ConnectionState.UNKNOWN);
  }

  @Test
  void checksTheStatusThenFetchesTheQrAsPng() {
    statusSays("Instancia inactiva");
    qrIs(PNG_BASE64);

    assertThat(instance.qr(ACCOUNT).png()).isEqualTo(PNG);
    provider.assertReceived("POST", "/api/config/status", null);
    provider.assertReceived("POST", "/api/config/qr", null);
  }

  @Test
  void acceptsAQrSentAsADataUri() {
    statusSays("Instancia inactiva");
    qrIs("data:image/png;base64," + PNG_BASE64);

    assertThat(instance.qr(ACCOUNT).png()).isEqualTo(PNG);
  }

  @Test
  void refusesTheQrWithoutAskingForItWhenConnected() {
    statusSays("Instancia activa");

    failsWith(ErrorCode.INSTANCE_STATE_CONFLICT, () -> instance.qr(ACCOUNT));

    assertThat(server.getAllServeEvents())
        .extracting(e -> e.getRequest().getUrl())
        .containsExactly("/api/config/status");
  }

  @Test
  void qrThatIsNotBase64IsProviderError() {
    statusSays("Instancia inactiva");
    qrIs("not base64 at all!");

    failsWith(ErrorCode.PROVIDER_ERROR, () -> instance.qr(ACCOUNT));
  }

  @Test
  void qrAnswerWithoutQrIsProviderError() {
    statusSays("Instancia inactiva");
    provider.answers("POST", "/api/config/qr", 200, "{\"success\": \"QR-CODE enviado\"}");

    failsWith(ErrorCode.PROVIDER_ERROR, () -> instance.qr(ACCOUNT));
  }

  @Test
  void disconnectsWithABodylessPost() {
    provider.answers(
        "POST", "/api/config/disconnect", 200, "{\"success\": \"instancia desconectada\"}");

    instance.logout(ACCOUNT);

    provider.assertReceived("POST", "/api/config/disconnect", null);
  }

  @Test
  void disconnectingAnAlreadyDisconnectedInstanceIsFine() {
    provider.answers(
        "POST",
        "/api/config/disconnect",
        200,
        "{\"success\": \"la instancia ya estaba desconectada\"}");

    instance.logout(ACCOUNT);

    provider.assertReceived("POST", "/api/config/disconnect", null);
  }

  @Test
  void unknownInstanceOnDisconnectIsProviderAuthFailed() {
    provider.answers(
        "POST", "/api/config/disconnect", 400, "{\"error\": \"instancia no encontrada\"}");

    failsWith(ErrorCode.PROVIDER_AUTH_FAILED, () -> instance.logout(ACCOUNT));
  }
}
