package com.wagateway.adapter.apiwhatsappweb;

import com.fasterxml.jackson.databind.JsonNode;
import com.wagateway.domain.event.InboundEvent;
import com.wagateway.domain.event.InboundEvent.MessageActed;
import com.wagateway.domain.event.InboundEvent.MessageStatusChanged;
import com.wagateway.domain.event.MessageAction;
import com.wagateway.domain.event.Normalized;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.model.ProviderId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a "status" payload (assumed shape): a word in {@code status}, or an {@code ack} (a word or
 * WhatsApp's number, 1 to 4), about the message {@code messageId}. Keys are {@code
 * apiwhatsappweb:status:<id>:<DeliveryStatus>} and {@code apiwhatsappweb:deleted:<id>}.
 */
final class WebhookStatuses {
  /** The words (and acks) of a sent message's progress; "replied" implies it was read. */
  private static final Map<String, DeliveryStatus> PROGRESS =
      WebhookFields.words(
          Map.of(
              DeliveryStatus.SENT, List.of("sent", "1"),
              DeliveryStatus.DELIVERED, List.of("delivered", "received", "2"),
              DeliveryStatus.READ, List.of("read", "replied", "3"),
              DeliveryStatus.PLAYED, List.of("played", "4"),
              DeliveryStatus.FAILED, List.of("error", "failed", "-1")));

  private static final Set<String> DELETED = Set.of("deleted", "revoked");

  /** Not yet on WhatsApp's server: the send answer already said so. */
  private static final Set<String> PENDING = Set.of("pending", "0");

  private WebhookStatuses() {}

  /**
   * A {@code status} word of the table; or an {@code ack} of it when the payload carries no message
   * content (a received message may carry its own {@code ack}).
   */
  static boolean looksLikeOne(JsonNode root) {
    if (known(WebhookFields.word(root, "status"))) {
      return true;
    }
    return known(WebhookFields.word(root, "ack"))
        && !WebhookFields.has(root, WebhookFields.TEXT)
        && !WebhookFields.has(root, WebhookFields.MEDIA);
  }

  static Normalized read(JsonNode root, Instant arrival) {
    String word = WebhookFields.word(root, "status");
    word = known(word) ? word : WebhookFields.word(root, "ack");
    String id = WebhookFields.id(root);
    if (PENDING.contains(word)) {
      return new Normalized(List.of(), true);
    }
    if (id == null) {
      return Normalized.notUnderstood();
    }
    Instant at = WebhookFields.occurredAt(root, arrival);
    return new Normalized(List.of(event(root, word, id, at)), true);
  }

  private static InboundEvent event(JsonNode root, String word, String id, Instant at) {
    if (DELETED.contains(word)) {
      return new MessageActed(
          ProviderId.APIWHATSAPPWEB,
          "apiwhatsappweb:deleted:" + id,
          at,
          WebhookMessages.chat(root),
          WebhookMessages.sender(root),
          id,
          new MessageAction.Deletion());
    }
    DeliveryStatus status = PROGRESS.get(word);
    return new MessageStatusChanged(
        ProviderId.APIWHATSAPPWEB,
        "apiwhatsappweb:status:" + id + ":" + status,
        at,
        id,
        status,
        WebhookFields.text(root, "number", "phone", "to", "chatId", "from"),
        null);
  }

  private static boolean known(String word) {
    return word != null
        && (PROGRESS.containsKey(word) || DELETED.contains(word) || PENDING.contains(word));
  }
}
