package com.wagateway.adapter.whapi;

import static com.wagateway.adapter.whapi.WhapiWebhookFields.epochSeconds;
import static com.wagateway.adapter.whapi.WhapiWebhookFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.wagateway.domain.event.InboundEvent.MessageReceived;
import com.wagateway.domain.event.InboundEvent.MessageStatusChanged;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.model.ProviderId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the {@code messages} and {@code statuses} arrays of a Whapi webhook, one event per item. An
 * item without its id, type/status or timestamp is skipped and marks the payload not understood.
 */
final class WhapiWebhookMessages {
  private WhapiWebhookMessages() {}

  static void messages(JsonNode items, String keyPrefix, WhapiWebhookReading reading) {
    forEachItem(items, reading, item -> message(item, keyPrefix, reading));
  }

  static void statuses(JsonNode items, String keyPrefix, WhapiWebhookReading reading) {
    forEachItem(items, reading, item -> status(item, keyPrefix, reading));
  }

  private static void message(JsonNode item, String keyPrefix, WhapiWebhookReading reading) {
    String id = text(item, "id");
    String type = text(item, "type");
    Optional<Instant> at = epochSeconds(item, "timestamp");
    if (id == null || type == null || at.isEmpty()) {
      reading.notUnderstood();
      return;
    }
    reading.add(
        new MessageReceived(
            ProviderId.WHAPI,
            keyPrefix + "message:" + id,
            at.get(),
            id,
            text(item, "chat_id"),
            text(item, "from"),
            text(item, "from_name"),
            type,
            "text".equals(type) ? text(item, "text", "body") : null,
            WhapiWebhookFields.flag(item, "from_me")));
  }

  private static void status(JsonNode item, String keyPrefix, WhapiWebhookReading reading) {
    String id = text(item, "id");
    String word = text(item, "status");
    Optional<Instant> at = epochSeconds(item, "timestamp");
    if ("pending".equals(word)) {
      return; // Not yet on WhatsApp's server: the send answer already said ACCEPTED.
    }
    Optional<DeliveryStatus> status = word == null ? Optional.empty() : progress(word);
    if (id == null || status.isEmpty() || at.isEmpty()) {
      reading.notUnderstood();
      return;
    }
    reading.add(
        new MessageStatusChanged(
            ProviderId.WHAPI,
            keyPrefix + "status:" + id + ":" + status.get(),
            at.get(),
            id,
            status.get(),
            text(item, "recipient_id")));
  }

  /** The send answer's words, plus {@code error}, which webhooks use for a failed delivery. */
  private static Optional<DeliveryStatus> progress(String word) {
    return "error".equals(word)
        ? Optional.of(DeliveryStatus.FAILED)
        : WhapiSentMessages.progress(word);
  }

  private static void forEachItem(
      JsonNode items, WhapiWebhookReading reading, Consumer<JsonNode> read) {
    if (!items.isArray()) {
      reading.notUnderstood();
      return;
    }
    for (JsonNode item : items) {
      if (item.isObject()) {
        read.accept(item);
      } else {
        reading.notUnderstood();
      }
    }
  }
}
