package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.wagateway.application.outbound.DeliverWebhooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every inbound fixture (one per message type and action, from Whapi's schemas) goes in as Whapi's
 * webhook, and an API WhatsApp Web incoming text as its webhook, and each comes out as the signed
 * body a {@code ["*"]} subscriber receives.
 */
@QuarkusTest
class InboundEventsTest extends GatewayTest {
  @Inject DeliverWebhooks deliver;

  /** The signed body the subscriber got for the one event in {@code fixture}. */
  private JsonPath deliveredBodyOf(String fixture) {
    String tenant = AdminApi.freshId("in");
    String key = AdminApi.createOnWhapi(tenant, "whapi-token-not-real-" + tenant);
    String secret = subscribeToAll(tenant, key);

    ProviderWebhooks.whapiDelivers(tenant, WhapiFixtures.read("inbound/" + fixture + ".json"));

    return signedBodyDelivered(tenant, secret, "whapi");
  }

  private String subscribeToAll(String tenant, String key) {
    return SignedDeliveries.subscribeToAll(tenant, key);
  }

  private JsonPath signedBodyDelivered(String tenant, String secret, String provider) {
    return SignedDeliveries.signedBodyDelivered(deliver, tenant, secret, provider);
  }

  @Test
  void deliversAnApiWhatsAppWebIncomingTextSigned() {
    String tenant = AdminApi.freshId("in-aw");
    String key =
        AdminApi.create(AdminApi.awwwBody(tenant, "awww-key-not-real-" + tenant, "inst"))
            .getString("apiKey");
    String secret = subscribeToAll(tenant, key);

    // An assumed shape: the provider does not document its Receive webhook.
    ProviderWebhooks.toApiWhatsAppWeb(
            tenant,
            "{\"messageId\": \"3EB0IN0001\", \"number\": \"573001234567\","
                + " \"message\": \"Hola\", \"type\": \"text\", \"pushName\": \"Ana\"}")
        .statusCode(200)
        .body("events", equalTo(1))
        .body("storedRaw", equalTo(false));

    JsonPath body = signedBodyDelivered(tenant, secret, "apiwhatsappweb");
    assertThat(body.getString("type")).isEqualTo("message.received");
    assertThat(body.getString("data.type")).isEqualTo("text");
    assertThat(body.getString("data.text")).isEqualTo("Hola");
    assertThat(body.getString("data.providerMessageId")).isEqualTo("3EB0IN0001");
    assertThat(body.getString("data.sender.phone")).isEqualTo("+573001234567");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "text-reply-in-group, text, data.text, '@573009998877 yes, at 5'",
    "image, image, data.media.mimeType, image/jpeg",
    "video, video, data.media.seconds, 31",
    "gif, gif, data.media.mediaId, mp4-a1b2c3d4-e5f8",
    "audio, audio, data.media.sizeBytes, 350000",
    "voice, voice, data.media.seconds, 7",
    "document, document, data.media.fileName, contract.pdf",
    "sticker, sticker, data.media.width, 512",
    "location, location, data.location.name, Plaza de Bolívar",
    "live-location, live_location, data.location.latitude, 6.244203",
    "contact, contact, data.contacts[0].phones[0], +573001234567",
    "contact-list, contact, data.contacts[1].name, Soporte Acme",
    "poll, poll, data.poll.options[2], Friday",
    "reply-button, interactive_reply, data.interactiveReply.id, ButtonsV3:confirm-order-123",
    "reply-list, interactive_reply, data.interactiveReply.kind, list",
    "link-preview, link_preview, data.linkPreview.title, Black Friday offer",
    "order, order, data.text, 2 items",
    "system, system, data.text, Messages and calls are end-to-end encrypted",
    "unknown-call, unknown, data.raw.call.status, missed"
  })
  void deliversEveryMessageTypeSigned(String fixture, String type, String path, String value) {
    JsonPath body = deliveredBodyOf(fixture);

    assertThat(body.getString("type")).isEqualTo("message.received");
    assertThat(body.getString("data.type")).isEqualTo(type);
    assertThat(body.getString(path)).isEqualTo(value);
  }

  @Test
  void deliversAnImageWithItsDownloadUrlAndTheOldFieldsForVersionOneReaders() {
    JsonPath body = deliveredBodyOf("image");

    assertThat(body.getString("data.media.downloadUrl"))
        .matches("http://localhost:\\d+/v1/tenants/in-[^/]+/media/jpeg-a1b2c3d4-e5f6");
    assertThat(body.getString("data.chat.kind")).isEqualTo("direct");
    assertThat(body.getString("data.sender.phone")).isEqualTo("+573001234567");
    assertThat(body.getString("data.kind")).isEqualTo("image");
    assertThat(body.getString("data.chatId")).isEqualTo("573001234567@s.whatsapp.net");
    assertThat(body.getString("data.text")).isEqualTo("The invoice");
  }

  @Test
  void theImagesDownloadUrlGivesTheFileFromTheProvider() {
    String tenant = AdminApi.freshId("in");
    String token = "whapi-token-not-real-" + tenant;
    String key = AdminApi.createOnWhapi(tenant, token);
    String secret = subscribeToAll(tenant, key);
    byte[] jpeg = new byte[70_000];
    new java.util.Random(7).nextBytes(jpeg);
    providers()
        .stubFor(
            get("/media/jpeg-a1b2c3d4-e5f6")
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .willReturn(
                    aResponse()
                        .withHeader("Content-Type", "image/jpeg")
                        .withHeader("Content-Length", String.valueOf(jpeg.length))
                        .withBody(jpeg)));
    ProviderWebhooks.whapiDelivers(tenant, WhapiFixtures.read("inbound/image.json"));
    String downloadUrl =
        signedBodyDelivered(tenant, secret, "whapi").getString("data.media.downloadUrl");

    byte[] file =
        given()
            .header("Authorization", "Bearer " + key)
            .get(downloadUrl)
            .then()
            .statusCode(200)
            .contentType("image/jpeg")
            .extract()
            .asByteArray();

    assertThat(file).isEqualTo(jpeg);
    given().get(downloadUrl).then().statusCode(401);
  }

  @Test
  void deliversAButtonReplyWithTheTappedButtonAndTheQuotedMessage() {
    JsonPath body = deliveredBodyOf("reply-button");

    assertThat(body.getMap("data.interactiveReply"))
        .containsEntry("kind", "button")
        .containsEntry("id", "ButtonsV3:confirm-order-123")
        .containsEntry("title", "Confirm");
    assertThat(body.getString("data.quoted.providerMessageId"))
        .isEqualTo("PsQuo9yK9.abc-wQ7nX2yZc0");
  }

  @Test
  void aHostileWebhookWithHugeIdsAndTextIsTakenAndItsMessageKeptOnce() {
    String tenant = AdminApi.freshId("in");
    String key = AdminApi.createOnWhapi(tenant, "whapi-token-not-real-" + tenant);
    String hugeId = "Ps" + "x".repeat(3_000) + "-abcd";
    String hostile =
        WhapiFixtures.read("inbound/text-reply-in-group.json")
            .replace("Ps1aTxt1yK9.abc-wQ7nX2yZa9", hugeId)
            .replace("120363025246125486@g.us", "9".repeat(1_000) + "@g.us")
            .replace("MANTIS-M72HC", "C".repeat(1_000))
            .replace("@573009998877 yes, at 5", "y".repeat(20_000));

    ProviderWebhooks.whapiDelivers(tenant, hostile);
    ProviderWebhooks.whapiDelivers(tenant, hostile);
    ProviderWebhooks.whapiDelivers(
        tenant, hostile.replace(hugeId, "Ps" + "x".repeat(3_000) + "-abce"));

    as(key)
        .get("/v1/tenants/" + tenant + "/messages?direction=in")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(2))
        .body("items[0].text.length()", equalTo(4096));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "action-reaction, message.reaction, data.emoji, 👍",
    "action-reaction-removed, message.reaction, data.removed, true",
    "action-edit, message.edited, data.text, 'yes, at 6'",
    "action-delete, message.deleted, data.target.providerMessageId, Ps1aTxt1yK9.abc-wQ7nX2yZa9",
    "action-vote, poll.vote, data.selectedOptions[0], Tuesday",
    "status-played-in-group, message.status, data.participant, 573009998877@s.whatsapp.net"
  })
  void deliversEveryActionAsItsOwnEventType(
      String fixture, String type, String path, String value) {
    JsonPath body = deliveredBodyOf(fixture);

    assertThat(body.getString("type")).isEqualTo(type);
    assertThat(body.getString(path)).isEqualTo(value);
  }
}
