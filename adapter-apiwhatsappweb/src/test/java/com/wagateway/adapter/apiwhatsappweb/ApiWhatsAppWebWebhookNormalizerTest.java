package com.wagateway.adapter.apiwhatsappweb;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.event.InboundEvent.MessageStatusChanged;
import com.wagateway.domain.event.Normalized;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.model.ProviderId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** API WhatsApp Web's documented "sent" webhook as a SENT status, exactly as before. */
class ApiWhatsAppWebWebhookNormalizerTest {
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
  private static final String SENT = WebhookFixtures.read("sent");

  private final ApiWhatsAppWebWebhookNormalizer normalizer =
      new ApiWhatsAppWebWebhookNormalizer(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void readsTheSentWebhookAsASentStatusStampedOnArrival() {
    Normalized result = normalizer.normalize(SENT);

    assertThat(result.fullyUnderstood()).isTrue();
    assertThat(result.events())
        .containsExactly(
            new MessageStatusChanged(
                ProviderId.APIWHATSAPPWEB,
                "apiwhatsappweb:sent:3EB0C767D26A1D4E5F12",
                NOW,
                "3EB0C767D26A1D4E5F12",
                DeliveryStatus.SENT,
                "5554991997181",
                null));
  }

  @Test
  void givesARedeliveryTheSameDedupKey() {
    var later =
        new ApiWhatsAppWebWebhookNormalizer(Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));

    assertThat(later.normalize(SENT).events().get(0).dedupKey())
        .isEqualTo(normalizer.normalize(SENT).events().get(0).dedupKey());
  }

  @Test
  void givesAnotherMessageAnotherDedupKey() {
    String other = SENT.replace("3EB0C767D26A1D4E5F12", "3EB0AAAAAAAAAAAAAAAA");

    assertThat(normalizer.normalize(other).events().get(0).dedupKey())
        .isNotEqualTo(normalizer.normalize(SENT).events().get(0).dedupKey());
  }

  @Test
  void acceptsTheNumberAsAJsonNumber() {
    String numeric = SENT.replace("\"5554991997181\"", "5554991997181");

    assertThat(((MessageStatusChanged) normalizer.normalize(numeric).events().get(0)).recipient())
        .isEqualTo("5554991997181");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "garbage",
        "{\"messageId\": ",
        "[]",
        "{}",
        "null",
        "7",
        "{\"message\": \"Hola\", \"messageSent\": \"ok\", \"number\": \"5554991997181\"}",
        "{\"messageSent\": \"ok\", \"number\": \"5554991997181\", \"messageId\": \"  \"}",
        "{\"messageSent\": \"ok\", \"messageId\": {\"id\": \"x\"}}",
        "[{\"messageSent\": \"ok\", \"messageId\": \"3EB0\"}]"
      })
  void callsAnythingElseNotUnderstoodWithoutThrowing(String payload) {
    assertThat(normalizer.normalize(payload)).isEqualTo(Normalized.notUnderstood());
  }

  @Test
  void callsANullPayloadNotUnderstood() {
    assertThat(normalizer.normalize(null)).isEqualTo(Normalized.notUnderstood());
  }

  @Test
  void isTheApiWhatsAppWebNormalizer() {
    assertThat(normalizer.provider()).isEqualTo(ProviderId.APIWHATSAPPWEB);
  }
}
