package com.wagateway.adapter.apiwhatsappweb;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.event.Chat;
import com.wagateway.domain.event.ChatKind;
import com.wagateway.domain.event.InboundEvent;
import com.wagateway.domain.event.InboundEvent.InstanceStatusChanged;
import com.wagateway.domain.event.InboundEvent.MessageActed;
import com.wagateway.domain.event.InboundEvent.MessageReceived;
import com.wagateway.domain.event.InboundEvent.MessageStatusChanged;
import com.wagateway.domain.event.MessageAction;
import com.wagateway.domain.event.Normalized;
import com.wagateway.domain.event.ReceivedContent;
import com.wagateway.domain.event.ReceivedContent.ContactCard;
import com.wagateway.domain.event.ReceivedContent.Media;
import com.wagateway.domain.event.ReceivedContent.Place;
import com.wagateway.domain.event.ReceivedMessage;
import com.wagateway.domain.event.ReceivedType;
import com.wagateway.domain.event.Sender;
import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.model.ProviderId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The undocumented webhook kinds (Receive, Status, Connected, Disconnected), read from fixtures of
 * ASSUMED shapes (see {@code src/test/resources/webhooks/README.md}): these tests pin down what the
 * normalizer reads, not what the provider sends.
 */
class ApiWhatsAppWebInboundKindsTest {
  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
  private static final Instant SENT_AT = Instant.ofEpochSecond(1767225600);
  private static final ProviderId AWWW = ProviderId.APIWHATSAPPWEB;
  private static final Chat ANA_CHAT = new Chat("573001234567", ChatKind.DIRECT);
  private static final Sender ANA = new Sender("573001234567", "+573001234567", null);

  private final ApiWhatsAppWebWebhookNormalizer normalizer = at(NOW);

  private static ApiWhatsAppWebWebhookNormalizer at(Instant now) {
    return new ApiWhatsAppWebWebhookNormalizer(Clock.fixed(now, ZoneOffset.UTC));
  }

  private Normalized read(String fixture) {
    return normalizer.normalize(WebhookFixtures.read(fixture));
  }

  private InboundEvent only(String fixture) {
    Normalized result = read(fixture);
    assertThat(result.events()).hasSize(1);
    return result.events().get(0);
  }

  private static ReceivedMessage message(
      String id, Chat chat, Sender sender, ReceivedType type, ReceivedContent content, String raw) {
    return new ReceivedMessage(id, chat, sender, false, false, List.of(), null, type, content, raw);
  }

  @Test
  void readsAReceivedTextWithItsTimeAndSenderName() {
    Normalized result = read("receive-text");

    assertThat(result.fullyUnderstood()).isTrue();
    assertThat(result.events())
        .containsExactly(
            new MessageReceived(
                AWWW,
                "apiwhatsappweb:receive:3EB0A1B2C3D4E5F60718",
                SENT_AT,
                message(
                    "3EB0A1B2C3D4E5F60718",
                    ANA_CHAT,
                    new Sender("573001234567", "+573001234567", "Ana"),
                    ReceivedType.TEXT,
                    ReceivedContent.text("Hola, ¿tienen envíos?"),
                    null)));
  }

  @Test
  void readsTheSameTextUnderTheAlternativeFieldNames() {
    String id = "false_573001234567@c.us_3EB0A1B2C3D4E5F60718";

    assertThat(only("receive-text-alternative-names"))
        .isEqualTo(
            new MessageReceived(
                AWWW,
                "apiwhatsappweb:receive:" + id,
                SENT_AT,
                message(
                    id,
                    new Chat("573001234567@c.us", ChatKind.DIRECT),
                    new Sender("573001234567@c.us", "+573001234567", "Ana"),
                    ReceivedType.TEXT,
                    ReceivedContent.text("Hola, ¿tienen envíos?"),
                    null)));
  }

  @Test
  void readsAGroupMessageWithTheMemberAsSender() {
    ReceivedMessage message = ((MessageReceived) only("receive-in-group")).message();

    assertThat(message.chat()).isEqualTo(new Chat("120363025246125486", ChatKind.GROUP));
    assertThat(message.sender()).isEqualTo(new Sender("573009998877", "+573009998877", "Luis"));
    assertThat(message.content()).isEqualTo(ReceivedContent.text("yes, at 5"));
  }

  @Test
  void readsAnImageAndKeepsThePayloadForItsProviderUrl() {
    Normalized result = read("receive-image");
    ReceivedMessage message = ((MessageReceived) result.events().get(0)).message();

    assertThat(result.fullyUnderstood()).isFalse();
    assertThat(message.type()).isEqualTo(ReceivedType.IMAGE);
    assertThat(message.content())
        .isEqualTo(
            new ReceivedContent(
                "The invoice",
                new Media(null, "image/jpeg", null, null, null, null, null, null),
                null,
                null,
                null,
                null,
                null));
    assertThat(message.raw()).contains("https://files.apiwhatsappweb.example/3EB0IMAGE.jpg");
  }

  @Test
  void typesAFileWithoutATypeByItsMimeType() {
    ReceivedMessage message = ((MessageReceived) only("receive-document-without-type")).message();

    assertThat(message.type()).isEqualTo(ReceivedType.DOCUMENT);
    assertThat(message.content().media().fileName()).isEqualTo("contract.pdf");
    assertThat(message.content().media().mimeType()).isEqualTo("application/pdf");
  }

  @Test
  void readsALocation() {
    assertThat(((MessageReceived) only("receive-location")).message())
        .isEqualTo(
            message(
                "3EB0LOC00000000001",
                ANA_CHAT,
                ANA,
                ReceivedType.LOCATION,
                new ReceivedContent(
                    null,
                    null,
                    new Place(4.598056, -74.075833, "Plaza de Bolívar", "Bogotá"),
                    null,
                    null,
                    null,
                    null),
                null));
  }

  @Test
  void readsAContactFromItsVCard() {
    assertThat(((MessageReceived) only("receive-contact")).message().content().contacts())
        .containsExactly(new ContactCard("Soporte Acme", List.of("+573007654321")));
  }

  @Test
  void readsAnUnknownTypeAsUnknownWithTheRawPayload() {
    Normalized result = read("receive-unknown-type");
    ReceivedMessage message = ((MessageReceived) result.events().get(0)).message();

    assertThat(result.fullyUnderstood()).isFalse();
    assertThat(message.type()).isEqualTo(ReceivedType.UNKNOWN);
    assertThat(message.content()).isEqualTo(ReceivedContent.EMPTY);
    assertThat(message.raw()).contains("\"missed\"");
  }

  @Test
  void readsAStatusWordStampedOnArrival() {
    assertThat(only("status-read"))
        .isEqualTo(
            new MessageStatusChanged(
                AWWW,
                "apiwhatsappweb:status:3EB0C767D26A1D4E5F12:READ",
                NOW,
                "3EB0C767D26A1D4E5F12",
                DeliveryStatus.READ,
                "5554991997181",
                null));
  }

  @Test
  void readsANumericAck() {
    assertThat(only("status-ack-number"))
        .isEqualTo(
            new MessageStatusChanged(
                AWWW,
                "apiwhatsappweb:status:3EB0C767D26A1D4E5F12:PLAYED",
                NOW,
                "3EB0C767D26A1D4E5F12",
                DeliveryStatus.PLAYED,
                "5554991997181",
                null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sent:SENT",
        "delivered:DELIVERED",
        "received:DELIVERED",
        "read:READ",
        "replied:READ",
        "played:PLAYED",
        "error:FAILED",
        "1:SENT",
        "2:DELIVERED",
        "3:READ",
        "-1:FAILED"
      })
  void mapsEveryStatusWordAndAck(String wordAndStatus) {
    String[] parts = wordAndStatus.split(":");
    String payload = "{\"messageId\": \"m-1\", \"number\": \"573001234567\", \"ack\": \"%s\"}";

    var status =
        (MessageStatusChanged) normalizer.normalize(payload.formatted(parts[0])).events().get(0);

    assertThat(status.status()).isEqualTo(DeliveryStatus.valueOf(parts[1]));
  }

  @Test
  void dropsAPendingStatusAsUnderstood() {
    Normalized result = normalizer.normalize("{\"messageId\": \"m-1\", \"status\": \"pending\"}");

    assertThat(result).isEqualTo(new Normalized(List.of(), true));
  }

  @Test
  void readsADeletedStatusAsADeletionOfItsMessage() {
    assertThat(only("status-deleted"))
        .isEqualTo(
            new MessageActed(
                AWWW,
                "apiwhatsappweb:deleted:3EB0A1B2C3D4E5F60718",
                NOW,
                ANA_CHAT,
                ANA,
                "3EB0A1B2C3D4E5F60718",
                new MessageAction.Deletion()));
  }

  @Test
  void callsADeletionWithoutItsTargetNotUnderstood() {
    assertThat(normalizer.normalize("{\"number\": \"573001234567\", \"status\": \"deleted\"}"))
        .isEqualTo(Normalized.notUnderstood());
  }

  @Test
  void readsConnectedAndDisconnectedAsTheInstanceState() {
    var connected = (InstanceStatusChanged) only("connected");
    var disconnected = (InstanceStatusChanged) only("disconnected");

    assertThat(connected.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(connected.providerState()).isEqualTo("connected");
    assertThat(connected.occurredAt()).isEqualTo(NOW);
    assertThat(connected.dedupKey()).matches("apiwhatsappweb:connected:[0-9a-f]{32}");
    assertThat(disconnected.state()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThat(disconnected.providerState()).isEqualTo("Disconnected");
    assertThat(disconnected.dedupKey()).startsWith("apiwhatsappweb:disconnected:");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "receive-text",
        "receive-text-alternative-names",
        "receive-image",
        "receive-unknown-type",
        "status-read",
        "status-ack-number",
        "status-deleted",
        "connected",
        "disconnected"
      })
  void givesARedeliveryTheSameKeyWhateverTheTime(String fixture) {
    String payload = WebhookFixtures.read(fixture);

    assertThat(at(NOW.plusSeconds(3600)).normalize(payload).events().get(0).dedupKey())
        .isEqualTo(normalizer.normalize(payload).events().get(0).dedupKey());
  }

  @Test
  void givesTwoDifferentConnectionPayloadsTwoKeys() {
    String first = "{\"event\": \"connected\", \"timestamp\": 1767225600}";
    String second = "{\"event\": \"connected\", \"timestamp\": 1767229200}";

    assertThat(normalizer.normalize(first).events().get(0).dedupKey())
        .isNotEqualTo(normalizer.normalize(second).events().get(0).dedupKey());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\": \"only-an-id\"}",
        "{\"number\": \"573001234567\", \"message\": \"no id\"}",
        "{\"messageId\": [1, 2], \"number\": {\"x\": 1}, \"status\": {\"read\": true}}",
        "{\"messageId\": null, \"number\": null, \"type\": null, \"event\": null}",
        "{\"status\": \"read\"}",
        "{\"ack\": 99, \"messageId\": \"m-1\"}",
        "{\"event\": \"novelty\", \"data\": {\"x\": 1}}",
        "{\"messageId\": \"m-1\", \"number\": \"57300\", \"type\": \"text\", \"timestamp\": -5}",
        "{\"messageId\": \"m-1\", \"number\": \"57300\", \"timestamp\": 99999999999999999999}",
        "{\"messageId\": \"m-1\", \"number\": \"57300\", \"type\": \"location\", \"latitude\": \"NaN\"}",
        "{\"messageId\": \"m-1\", \"number\": \"57300\", \"type\": \"vcard\"}",
        "{\"messageId\": \"m-1\", \"chatId\": \"x@g.us\", \"mimetype\": 7}",
        "\"a string\"",
        "{\"a\": \"\\u0000\"}",
        "{\"event\": \"connected\""
      })
  void neverThrowsOnOddPayloads(String payload) {
    Normalized result = normalizer.normalize(payload);

    assertThat(result).isNotNull();
    if (result.fullyUnderstood()) {
      assertThat(result.events()).allSatisfy(event -> assertThat(event.dedupKey()).isNotBlank());
    }
  }

  @Test
  void neverThrowsOnHugeOrDeeplyNestedPayloads() {
    String deep = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
    String longId = "{\"messageId\": \"" + "x".repeat(100_000) + "\", \"number\": \"57300\"}";
    String manyFields =
        IntStream.range(0, 50_000)
            .mapToObj(i -> "\"f" + i + "\": \"v\"")
            .collect(Collectors.joining(", ", "{", ", \"messageId\": \"m\"}"));

    assertThat(normalizer.normalize(deep)).isEqualTo(Normalized.notUnderstood());
    assertThat(normalizer.normalize(longId)).isEqualTo(Normalized.notUnderstood());
    assertThat(normalizer.normalize(manyFields)).isNotNull();
  }
}
