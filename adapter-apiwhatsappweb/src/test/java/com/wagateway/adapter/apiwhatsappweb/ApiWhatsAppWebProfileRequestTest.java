package com.wagateway.adapter.apiwhatsappweb;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.wagateway.adapter.apiwhatsappweb.GatewayAssertions.failsWith;
import static com.wagateway.adapter.apiwhatsappweb.ProviderStub.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.message.MediaSource;
import com.wagateway.domain.profile.Picture;
import com.wagateway.domain.profile.ProfileUpdate;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Profile changes leave exactly as the config docs describe them. */
@QuarkusTest
@WithTestResource(WireMockResource.class)
class ApiWhatsAppWebProfileRequestTest {
  @InjectWireMock WireMockServer server;
  @Inject ApiWhatsAppWebProfileConfigurer configurer;
  private ProviderStub provider;

  @BeforeEach
  void acceptEverything() {
    provider = new ProviderStub(server);
    provider.answers("POST", "/api/config/name", 200, "{\"success\": \"Nombre Actualizado\"}");
    provider.answers(
        "POST", "/api/config/description", 200, "{\"success\": \"Descripción Actualizada\"}");
    provider.answers("PUT", "/api/config/image", 200, "{\"success\": \"Imagen cambiada\"}");
    provider.answers(
        "POST", "/api/config/automatic", 200, "{\"success\": \"Lectura automática actualizada\"}");
  }

  @Test
  void changesTheNameAlone() {
    configurer.update(ACCOUNT, new ProfileUpdate("Tienda Ana", null));

    provider.assertReceived("POST", "/api/config/name", "{\"name\": \"Tienda Ana\"}");
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void changesTheDescriptionAlone() {
    configurer.update(ACCOUNT, new ProfileUpdate(null, "Mi tiendita en WhatsApp"));

    provider.assertReceived(
        "POST", "/api/config/description", "{\"description\": \"Mi tiendita en WhatsApp\"}");
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void changesNameThenDescriptionWhenBothAreGiven() {
    configurer.update(ACCOUNT, new ProfileUpdate("Tienda Ana", "Abierto 24h"));

    provider.assertReceived("POST", "/api/config/name", "{\"name\": \"Tienda Ana\"}");
    provider.assertReceived(
        "POST", "/api/config/description", "{\"description\": \"Abierto 24h\"}");
    // Serve events are newest first.
    assertThat(server.getAllServeEvents())
        .extracting(e -> e.getRequest().getUrl())
        .containsExactly("/api/config/description", "/api/config/name");
  }

  @Test
  void leavesTheDescriptionAloneWhenTheNameIsRefused() {
    provider.answers(
        "POST", "/api/config/name", 500, "{\"error\": \"Cuerpo en formato incorrecto\"}");

    failsWith(
        ErrorCode.PROVIDER_ERROR,
        () -> configurer.update(ACCOUNT, new ProfileUpdate("Tienda Ana", "Abierto 24h")));

    server.verify(0, postRequestedFor(WireMock.urlPathEqualTo("/api/config/description")));
  }

  @Test
  void changesThePictureFromAUrl() {
    var url = MediaSource.Url.parse("https://cdn.example.com/logo.png", "url");
    configurer.changePicture(ACCOUNT, new Picture(url));

    provider.assertReceived(
        "PUT", "/api/config/image", "{\"image\": \"https://cdn.example.com/logo.png\"}");
  }

  @Test
  void changesThePictureFromBase64AsTheRawString() {
    configurer.changePicture(
        ACCOUNT, new Picture(new MediaSource.Inline("iVBORw0KGgo=", "image/png")));

    provider.assertReceived("PUT", "/api/config/image", "{\"image\": \"iVBORw0KGgo=\"}");
  }

  @Test
  void turnsAutoReadOn() {
    configurer.setAutoRead(ACCOUNT, true);

    provider.assertReceived("POST", "/api/config/automatic", "{\"read\": true}");
  }

  @Test
  void turnsAutoReadOff() {
    configurer.setAutoRead(ACCOUNT, false);

    provider.assertReceived("POST", "/api/config/automatic", "{\"read\": false}");
  }

  @Test
  void pictureInTheWrongFormatIsProviderError() {
    provider.answers(
        "PUT", "/api/config/image", 500, "{\"error\": \"Error de formato de imagen\"}");
    var url = MediaSource.Url.parse("https://cdn.example.com/logo.txt", "url");

    failsWith(ErrorCode.PROVIDER_ERROR, () -> configurer.changePicture(ACCOUNT, new Picture(url)));
  }
}
