package com.wagateway.adapter.whapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.event.Chat;
import com.wagateway.domain.event.ChatKind;
import com.wagateway.domain.event.InboundEvent;
import com.wagateway.domain.event.InboundEvent.InstanceStatusChanged;
import com.wagateway.domain.event.InboundEvent.MessageReceived;
import com.wagateway.domain.event.InboundEvent.MessageStatusChanged;
import com.wagateway.domain.event.Normalized;
import com.wagateway.domain.event.ReceivedContent;
import com.wagateway.domain.event.ReceivedMessage;
import com.wagateway.domain.event.ReceivedType;
import com.wagateway.domain.event.Sender;
import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.model.ProviderId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whapi's documented webhook payloads (the fixtures in {@code webhooks/}) as inbound events. */
class WhapiWebhookNormalizerTest {
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
  private static final String MESSAGE_ID = "p.w30M7fgwWD4XwHu.g4CA-gBgTwl0rVw";
  private static final String CHAT = "919984351847@s.whatsapp.net";

  private final WhapiWebhookNormalizer normalizer =
      new WhapiWebhookNormalizer(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void readsAnIncomingTextMessage() {
    Normalized result = normalizer.normalize(fixture("message-text.json"));

    assertThat(result.fullyUnderstood()).isTrue();
    assertThat(result.events())
        .containsExactly(
            new MessageReceived(
                ProviderId.WHAPI,
                "whapi:MANTIS-M72HC:message:" + MESSAGE_ID,
                Instant.ofEpochSecond(1712995245),
                new ReceivedMessage(
                    MESSAGE_ID,
                    new Chat(CHAT, ChatKind.DIRECT),
                    new Sender("919984351847", "+919984351847", "Gerald"),
                    false,
                    false,
                    List.of(),
                    null,
                    ReceivedType.TEXT,
                    ReceivedContent.text("Hello world"),
                    null)));
  }

  @Test
  void readsADeliveredStatusWithAStringTimestamp() {
    Normalized result = normalizer.normalize(fixture("status-delivered.json"));

    assertThat(result.fullyUnderstood()).isTrue();
    assertThat(result.events())
        .containsExactly(
            new MessageStatusChanged(
                ProviderId.WHAPI,
                "whapi:MANTIS-M72HC:status:YhNqCveDWW90_t8lzrW25w-wO4Twl0rVw:DELIVERED",
                Instant.ofEpochSecond(1712995378),
                "YhNqCveDWW90_t8lzrW25w-wO4Twl0rVw",
                DeliveryStatus.DELIVERED,
                CHAT,
                null));
  }

  @Test
  void readsAReadStatus() {
    Normalized result = normalizer.normalize(fixture("status-read.json"));

    assertThat(result.fullyUnderstood()).isTrue();
    assertThat(result.events())
        .containsExactly(
            new MessageStatusChanged(
                ProviderId.WHAPI,
                "whapi:MANTIS-M72HC:status:" + MESSAGE_ID + ":READ",
                Instant.ofEpochSecond(1712995290),
                MESSAGE_ID,
                DeliveryStatus.READ,
                CHAT,
                null));
  }

  @Test
  void readsAChannelHealthReportWithTheInstanceStatusMapping() {
    Normalized result = normalizer.normalize(fixture("channel-health-qr.json"));

    assertThat(result.fullyUnderstood()).isTrue();
    assertThat(result.events())
        .containsExactly(
            new InstanceStatusChanged(
                ProviderId.WHAPI,
                "whapi:MANTIS-M72HC:channel:1713774883:QR:78",
                Instant.ofEpochSecond(1713774883 + 78),
                ConnectionState.QR_REQUIRED,
                "QR"));
  }

  @Test
  void readsALogoutAsDisconnected() {
    Normalized result = normalizer.normalize(fixture("users-logout.json"));

    assertThat(result.fullyUnderstood()).isTrue();
    assertThat(result.events())
        .containsExactly(
            new InstanceStatusChanged(
                ProviderId.WHAPI,
                "whapi:MANTIS-M72HC:logout:61371989950",
                NOW,
                ConnectionState.DISCONNECTED,
                "logout"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "message-text.json",
        "status-delivered.json",
        "status-read.json",
        "channel-health-qr.json",
        "users-logout.json"
      })
  void givesARedeliveryTheSameDedupKeys(String file) {
    var later = new WhapiWebhookNormalizer(Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC));

    assertThat(keys(later.normalize(fixture(file))))
        .isNotEmpty()
        .isEqualTo(keys(normalizer.normalize(fixture(file))));
  }

  @Test
  void givesEachStatusOfOneMessageItsOwnDedupKey() {
    List<String> keys =
        keys(
            normalizer.normalize(
                statuses(
                    status(MESSAGE_ID, "sent"),
                    status(MESSAGE_ID, "delivered"),
                    status(MESSAGE_ID, "read"),
                    status(MESSAGE_ID, "failed"))));

    assertThat(keys).hasSize(4).doesNotHaveDuplicates();
  }

  @Test
  void givesTheSameMessageSeenByTwoChannelsTwoDedupKeys() {
    String other = fixture("message-text.json").replace("MANTIS-M72HC", "OTHER-CHANNEL");

    assertThat(keys(normalizer.normalize(other)))
        .doesNotContainAnyElementsOf(keys(normalizer.normalize(fixture("message-text.json"))));
  }

  @Test
  void mapsEveryDocumentedStatusWordAndTheNumericTimestamp() {
    Normalized result =
        normalizer.normalize(
            statuses(
                "{\"id\":\"a\",\"status\":\"sent\",\"timestamp\":1712995290}",
                status("b", "played"),
                status("c", "failed"),
                status("d", "error")));

    assertThat(result.fullyUnderstood()).isTrue();
    assertThat(result.events())
        .extracting(e -> ((MessageStatusChanged) e).status())
        .containsExactly(
            DeliveryStatus.SENT,
            DeliveryStatus.PLAYED,
            DeliveryStatus.FAILED,
            DeliveryStatus.FAILED);
    assertThat(result.events().get(0).occurredAt()).isEqualTo(Instant.ofEpochSecond(1712995290));
  }

  @Test
  void skipsPendingWithoutCallingThePayloadNotUnderstood() {
    Normalized result =
        normalizer.normalize(statuses(status("a", "pending"), status("b", "delivered")));

    assertThat(result.fullyUnderstood()).isTrue();
    assertThat(result.events())
        .extracting(InboundEvent::dedupKey)
        .containsExactly("whapi:MANTIS-M72HC:status:b:DELIVERED");
  }

  @Test
  void skipsAnUnknownStatusWordAndKeepsTheRest() {
    Normalized result =
        normalizer.normalize(statuses(status("a", "deleted"), status("b", "delivered")));

    assertThat(result.fullyUnderstood()).isFalse();
    assertThat(keys(result)).containsExactly("whapi:MANTIS-M72HC:status:b:DELIVERED");
  }

  @Test
  void skipsAStatusWithoutIdAndKeepsTheRest() {
    Normalized result =
        normalizer.normalize(
            statuses(
                "{\"status\":\"read\",\"timestamp\":\"1712995290\"}", status("b", "delivered")));

    assertThat(result.fullyUnderstood()).isFalse();
    assertThat(keys(result)).containsExactly("whapi:MANTIS-M72HC:status:b:DELIVERED");
  }

  @Test
  void skipsAMessageWithoutTimestampOrType() {
    String payload = fixture("message-text.json").replace("\"timestamp\": 1712995245,", "");

    assertThat(normalizer.normalize(payload)).isEqualTo(Normalized.notUnderstood());
    assertThat(
            normalizer.normalize(fixture("message-text.json").replace("\"type\": \"text\",", "")))
        .isEqualTo(Normalized.notUnderstood());
  }

  @Test
  void keepsTheTypeAndAttachesTheRawJsonWhenTheTypesPartIsMissing() {
    String image =
        fixture("message-text.json")
            .replace("\"type\": \"text\"", "\"type\": \"image\"")
            .replace("\"from_me\": false", "\"from_me\": true");

    MessageReceived message = (MessageReceived) normalizer.normalize(image).events().get(0);

    assertThat(message.message().type()).isEqualTo(ReceivedType.IMAGE);
    assertThat(message.message().content()).isEqualTo(ReceivedContent.EMPTY);
    assertThat(message.message().raw()).contains("\"Hello world\"");
    assertThat(message.message().fromMe()).isTrue();
    assertThat(normalizer.normalize(image).fullyUnderstood()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "not json",
        "{\"messages\": [",
        "[]",
        "{}",
        "null",
        "42",
        "\"text\"",
        "{\"event\":{\"type\":\"groups\",\"event\":\"post\"},\"channel_id\":\"X\"}",
        "{\"event\":{\"type\":\"messages\",\"event\":\"patch\"},\"messages\":[]}",
        "{\"event\":{\"type\":\"users\",\"event\":\"post\"}}",
        "{\"event\":{\"type\":\"messages\",\"event\":\"post\"},\"messages\":{}}",
        "{\"event\":{\"type\":\"statuses\",\"event\":\"post\"},\"statuses\":[1,\"x\",null]}",
        "{\"event\":{\"type\":\"channel\",\"event\":\"post\"},\"health\":{\"status\":{}}}",
        "{\"event\":\"messages\",\"messages\":[]}"
      })
  void callsAnythingElseNotUnderstoodWithoutThrowing(String payload) {
    assertThat(normalizer.normalize(payload)).isEqualTo(Normalized.notUnderstood());
  }

  @Test
  void callsANullPayloadNotUnderstood() {
    assertThat(normalizer.normalize(null)).isEqualTo(Normalized.notUnderstood());
  }

  @Test
  void ignoresAWildTimestampInsteadOfThrowing() {
    Normalized result =
        normalizer.normalize(
            statuses(
                "{\"id\":\"a\",\"status\":\"read\",\"timestamp\":9e300}",
                "{\"id\":\"b\",\"status\":\"read\",\"timestamp\":\"99999999999999999\"}"));

    assertThat(result).isEqualTo(Normalized.notUnderstood());
  }

  @Test
  void isTheWhapiNormalizer() {
    assertThat(normalizer.provider()).isEqualTo(ProviderId.WHAPI);
  }

  private static List<String> keys(Normalized result) {
    return result.events().stream().map(InboundEvent::dedupKey).toList();
  }

  private static String status(String id, String word) {
    return """
        {"id":"%s","status":"%s","recipient_id":"%s","timestamp":"1712995290"}"""
        .formatted(id, word, CHAT);
  }

  private static String statuses(String... items) {
    return """
        {"statuses":[%s],"event":{"type":"statuses","event":"post"},"channel_id":"MANTIS-M72HC"}"""
        .formatted(String.join(",", items));
  }

  private static String fixture(String name) {
    try (InputStream in =
        WhapiWebhookNormalizerTest.class.getResourceAsStream("/webhooks/" + name)) {
      if (in == null) {
        throw new IllegalStateException("No fixture webhooks/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
