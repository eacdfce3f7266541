package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every endpoint of the unified API, end to end, for a tenant on API WhatsApp Web. */
@QuarkusTest
class ApiWhatsAppWebEndToEndTest extends GatewayTest {
  private static final String SENT =
      "{\"message\": \"¡Texto enviado con éxito!\", \"phone\": 573001234567, \"messageId\": \"awww-99\"}";

  private static MappingBuilder withCredentials(MappingBuilder stub) {
    return stub.withHeader("apiKey", WireMock.equalTo(ProviderStubs.AWWW_API_KEY))
        .withHeader("id", WireMock.equalTo(ProviderStubs.AWWW_INSTANCE));
  }

  private static RequestPatternBuilder sentWithCredentials(RequestPatternBuilder request) {
    return request
        .withHeader("apiKey", WireMock.equalTo(ProviderStubs.AWWW_API_KEY))
        .withHeader("id", WireMock.equalTo(ProviderStubs.AWWW_INSTANCE));
  }

  @Test
  void sendsTextThroughApiWhatsAppWeb() {
    providers().stubFor(withCredentials(post("/api/text")).willReturn(okJson(SENT)));

    asAwwwTenant()
        .body("{\"to\": \"+57 300 123 4567\", \"text\": \"Hola\"}")
        .post(awww("/messages/text"))
        .then()
        .statusCode(200)
        .body("providerMessageId", equalTo("awww-99"))
        .body("provider", equalTo("apiwhatsappweb"))
        .body("to", equalTo("573001234567"))
        .body("status", equalTo("SENT"));

    providers()
        .verify(
            sentWithCredentials(postRequestedFor(urlEqualTo("/api/text")))
                .withRequestBody(
                    WireMock.equalToJson("{\"number\": \"573001234567\", \"message\": \"Hola\"}")));
  }

  @ParameterizedTest(name = "{0} goes to {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "image|/api/image|{\"to\": \"573001234567\", \"media\": {\"url\": \"https://cdn.example.com/a.jpg\"}, \"caption\": \"Hi\"}",
        "video|/api/video|{\"to\": \"573001234567\", \"media\": {\"url\": \"https://cdn.example.com/a.mp4\"}}",
        "audio|/api/audio|{\"to\": \"573001234567\", \"media\": {\"url\": \"https://cdn.example.com/a.mp3\"}}",
        "document|/api/document|{\"to\": \"573001234567\", \"media\": {\"url\": \"https://cdn.example.com/a.pdf\"}, \"filename\": \"a.pdf\"}",
        "location|/api/location|{\"to\": \"573001234567\", \"latitude\": 4.6, \"longitude\": -74.08}"
      })
  void sendsSupportedTypesOnTheAssumedEndpoints(String type, String path, String body) {
    providers().stubFor(withCredentials(post(path)).willReturn(okJson(SENT)));

    asAwwwTenant()
        .body(body)
        .post(awww("/messages/" + type))
        .then()
        .statusCode(200)
        .body("type", equalTo(type));

    providers()
        .verify(
            sentWithCredentials(postRequestedFor(urlEqualTo(path)))
                .withRequestBody(matchingJsonPath("$.number", WireMock.equalTo("573001234567"))));
  }

  @ParameterizedTest(name = "{0} is refused with 501")
  @CsvSource(
      delimiter = '|',
      value = {
        "voice|{\"to\": \"573001234567\", \"media\": {\"url\": \"https://cdn.example.com/a.ogg\"}}",
        "sticker|{\"to\": \"573001234567\", \"media\": {\"url\": \"https://cdn.example.com/a.webp\"}}",
        "contact|{\"to\": \"573001234567\", \"name\": \"Ana\", \"phone\": \"+573109876543\"}",
        "link-preview|{\"to\": \"573001234567\", \"text\": \"See https://shop.example.com\", \"url\": \"https://shop.example.com\", \"title\": \"Shop\"}",
        "poll|{\"to\": \"573001234567\", \"title\": \"Slot?\", \"options\": [\"AM\", \"PM\"]}",
        "interactive|{\"to\": \"573001234567\", \"body\": \"OK?\", \"buttons\": [{\"id\": \"y\", \"title\": \"Yes\"}]}",
        "reaction|{\"to\": \"573001234567\", \"messageId\": \"awww-1\", \"emoji\": \"👍\"}"
      })
  void refusesUnsupportedTypesWithoutCallingTheProvider(String type, String body) {
    asAwwwTenant()
        .body(body)
        .post(awww("/messages/" + type))
        .then()
        .statusCode(501)
        .contentType("application/problem+json")
        .body("code", equalTo("CAPABILITY_NOT_SUPPORTED"))
        .body("provider", equalTo("apiwhatsappweb"));

    providers().verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void refusesProfileReadWith501WithoutCallingTheProvider() {
    asAwwwTenant()
        .get(awww("/profile"))
        .then()
        .statusCode(501)
        .body("code", equalTo("CAPABILITY_NOT_SUPPORTED"));

    providers().verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void changesNameAndDescriptionWithOneCallEach() {
    providers()
        .stubFor(
            withCredentials(post("/api/config/name"))
                .willReturn(okJson("{\"success\": \"Nombre Actualizado\"}")));
    providers()
        .stubFor(
            withCredentials(post("/api/config/description"))
                .willReturn(okJson("{\"success\": \"Descripción Actualizada\"}")));

    asAwwwTenant()
        .body("{\"name\": \"ACME Support\", \"description\": \"Open 8-18h\"}")
        .patch(awww("/profile"))
        .then()
        .statusCode(204);

    providers()
        .verify(
            postRequestedFor(urlEqualTo("/api/config/name"))
                .withRequestBody(WireMock.equalToJson("{\"name\": \"ACME Support\"}")));
    providers()
        .verify(
            postRequestedFor(urlEqualTo("/api/config/description"))
                .withRequestBody(WireMock.equalToJson("{\"description\": \"Open 8-18h\"}")));
  }

  @Test
  void changesThePicture() {
    providers()
        .stubFor(
            withCredentials(put("/api/config/image"))
                .willReturn(okJson("{\"success\": \"Imagen cambiada\"}")));

    asAwwwTenant()
        .body("{\"url\": \"https://cdn.example.com/logo.png\"}")
        .put(awww("/profile/picture"))
        .then()
        .statusCode(204);

    providers()
        .verify(
            putRequestedFor(urlEqualTo("/api/config/image"))
                .withRequestBody(
                    WireMock.equalToJson("{\"image\": \"https://cdn.example.com/logo.png\"}")));
  }

  @Test
  void turnsAutoReadOn() {
    providers()
        .stubFor(
            withCredentials(post("/api/config/automatic"))
                .willReturn(okJson("{\"success\": \"Lectura automática actualizada\"}")));

    asAwwwTenant()
        .body("{\"enabled\": true}")
        .put(awww("/settings/auto-read"))
        .then()
        .statusCode(204);

    providers()
        .verify(
            postRequestedFor(urlEqualTo("/api/config/automatic"))
                .withRequestBody(WireMock.equalToJson("{\"read\": true}")));
  }

  @Test
  void reportsAnActiveInstanceAsConnected() {
    providers()
        .stubFor(
            withCredentials(post("/api/config/status"))
                .willReturn(okJson("{\"success\": \"Instancia activa\"}")));

    asAwwwTenant()
        .get(awww("/instance/status"))
        .then()
        .statusCode(200)
        .body("state", equalTo("CONNECTED"))
        .body("provider", equalTo("apiwhatsappweb"))
        .body("providerState", equalTo("Instancia activa"));
  }

  @Test
  void reportsAnInactiveInstanceAsDisconnected() {
    providers()
        .stubFor(
            withCredentials(post("/api/config/status"))
                .willReturn(okJson("{\"success\": \"Instancia inactiva\"}")));

    asAwwwTenant()
        .get(awww("/instance/status"))
        .then()
        .statusCode(200)
        .body("state", equalTo("DISCONNECTED"));
  }

  @Test
  void servesTheQrCodeAsJsonAndAsPng() {
    providers()
        .stubFor(
            withCredentials(post("/api/config/status"))
                .willReturn(okJson("{\"success\": \"Instancia inactiva\"}")));
    providers()
        .stubFor(
            withCredentials(post("/api/config/qr"))
                .willReturn(
                    okJson(
                        "{\"success\": \"QR-CODE enviado\", \"QR\": \""
                            + WhapiEndToEndTest.PNG_BASE64
                            + "\"}")));

    asAwwwTenant()
        .get(awww("/instance/qr"))
        .then()
        .statusCode(200)
        .body("qr", equalTo(WhapiEndToEndTest.PNG_BASE64));

    byte[] png =
        asAwwwTenant()
            .accept("image/png")
            .get(awww("/instance/qr"))
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void answers409ForAQrCodeWhenAlreadyConnected() {
    providers()
        .stubFor(
            withCredentials(post("/api/config/status"))
                .willReturn(okJson("{\"success\": \"Instancia activa\"}")));

    asAwwwTenant()
        .get(awww("/instance/qr"))
        .then()
        .statusCode(409)
        .body("code", equalTo("INSTANCE_STATE_CONFLICT"));
  }

  @Test
  void disconnects() {
    providers()
        .stubFor(
            withCredentials(post("/api/config/disconnect"))
                .willReturn(okJson("{\"success\": \"instancia desconectada\"}")));

    asAwwwTenant().post(awww("/instance/logout")).then().statusCode(204);

    providers().verify(sentWithCredentials(postRequestedFor(urlEqualTo("/api/config/disconnect"))));
  }

  @Test
  void listsWhatApiWhatsAppWebSupports() {
    asAwwwTenant()
        .get(awww("/capabilities"))
        .then()
        .statusCode(200)
        .body("provider", equalTo("apiwhatsappweb"))
        .body("operations.'messages.text'", equalTo(true))
        .body("operations.'messages.poll'", equalTo(false))
        .body("operations.'profile.read'", equalTo(false))
        .body("operations.'media.download'", equalTo(false))
        .body("operations.'media.upload'", equalTo(false))
        .body("operations.'settings.auto-read'", equalTo(true))
        .body("operations.'chats.read'", equalTo(false))
        .body("operations.'contacts.check'", equalTo(false));
  }
}
