package com.wagateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.application.outbound.DeliverWebhooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every API WhatsApp Web webhook fixture (the adapter's; all but "sent" are assumed shapes) goes in
 * as that provider's webhook and comes out as the signed body a {@code ["*"]} subscriber receives.
 */
@QuarkusTest
class ApiWhatsAppWebInboundEventsTest extends GatewayTest {
  private static final Path FIXTURES =
      Path.of("../adapter-apiwhatsappweb/src/test/resources/webhooks");

  @Inject DeliverWebhooks deliver;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "receive-text, message.received, data.type, text",
    "receive-text-alternative-names, message.received, data.type, text",
    "receive-in-group, message.received, data.chat.kind, group",
    "receive-image, message.received, data.type, image",
    "receive-document-without-type, message.received, data.type, document",
    "receive-location, message.received, data.type, location",
    "receive-contact, message.received, data.type, contact",
    "receive-unknown-type, message.received, data.type, unknown",
    "status-read, message.status, data.status, READ",
    "status-ack-number, message.status, data.providerMessageId, 3EB0C767D26A1D4E5F12",
    "status-deleted, message.deleted, data.target.providerMessageId, 3EB0A1B2C3D4E5F60718",
    "connected, instance.status, data.state, CONNECTED",
    "disconnected, instance.status, data.state, DISCONNECTED"
  })
  void deliversEveryKindSigned(String fixture, String type, String path, String value)
      throws IOException {
    String tenant = AdminApi.freshId("aw-in");
    String key =
        AdminApi.create(AdminApi.awwwBody(tenant, "awww-key-not-real-" + tenant, "inst"))
            .getString("apiKey");
    String secret = SignedDeliveries.subscribeToAll(tenant, key);

    ProviderWebhooks.toApiWhatsAppWeb(tenant, Files.readString(FIXTURES.resolve(fixture + ".json")))
        .statusCode(200);

    JsonPath body = SignedDeliveries.signedBodyDelivered(deliver, tenant, secret, "apiwhatsappweb");
    assertThat(body.getString("type")).isEqualTo(type);
    assertThat(body.getString(path)).isEqualTo(value);
  }
}
