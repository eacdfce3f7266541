package com.wagateway.adapter.apiwhatsappweb;

import static com.wagateway.adapter.apiwhatsappweb.WebhookFields.flag;
import static com.wagateway.adapter.apiwhatsappweb.WebhookFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.wagateway.adapter.apiwhatsappweb.ReceivedTypes.Row;
import com.wagateway.domain.event.Chat;
import com.wagateway.domain.event.ChatKind;
import com.wagateway.domain.event.InboundEvent.MessageReceived;
import com.wagateway.domain.event.Normalized;
import com.wagateway.domain.event.ReceivedContent;
import com.wagateway.domain.event.ReceivedMessage;
import com.wagateway.domain.event.ReceivedType;
import com.wagateway.domain.event.Sender;
import com.wagateway.domain.model.ProviderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads a "receive" payload (assumed shape) as a received message keyed {@code
 * apiwhatsappweb:receive:<id>}, and the chat and sender any payload names.
 */
final class WebhookMessages {
  private static final String[] CHAT = {"chatId", "groupId", "from", "number", "phone", "sender"};
  private static final String[] SENDER = {"author", "participant", "number", "phone", "from"};
  private static final String[] PUSH_NAME = {"pushName"};

  private WebhookMessages() {}

  /** An id and someone it came from, or a chat it belongs to. */
  static boolean looksLikeOne(JsonNode root) {
    return WebhookFields.id(root) != null && WebhookFields.has(root, CHAT);
  }

  /**
   * A type without a row, or a row whose part is missing, still gives a message: of type {@code
   * UNKNOWN} (or its type, unread), with the payload raw, and the payload not fully understood.
   */
  static Normalized read(JsonNode root, Instant arrival) {
    String id = WebhookFields.id(root);
    if (id == null) {
      return Normalized.notUnderstood();
    }
    Optional<Row> row = ReceivedTypes.of(root);
    ReceivedContent content = row.map(r -> r.read().apply(root)).orElse(null);
    boolean raw = content == null || row.get().keepsRaw();
    ReceivedType type = row.map(Row::type).orElse(ReceivedType.UNKNOWN);
    // A location's "name" is the place's.
    String name = text(root, type == ReceivedType.LOCATION ? PUSH_NAME : WebhookFields.NAME);
    ReceivedMessage message =
        new ReceivedMessage(
            id,
            chat(root),
            Sender.of(text(root, SENDER), name),
            flag(root, "fromMe"),
            flag(root, "isForwarded", "forwarded"),
            List.of(),
            null,
            type,
            content,
            raw ? root.toString() : null);
    MessageReceived event =
        new MessageReceived(
            ProviderId.APIWHATSAPPWEB,
            "apiwhatsappweb:receive:" + id,
            WebhookFields.occurredAt(root, arrival),
            message);
    return new Normalized(List.of(event), !raw);
  }

  /** {@code isGroup} or a {@code groupId} make it a group whatever the id looks like. */
  static Chat chat(JsonNode root) {
    String id = text(root, CHAT);
    boolean group = flag(root, "isGroup") || WebhookFields.has(root, "groupId");
    return new Chat(id, group ? ChatKind.GROUP : ChatKind.ofChatId(id));
  }

  /** In a group, the member who wrote ({@code author} or {@code participant}). */
  static Sender sender(JsonNode root) {
    return Sender.of(text(root, SENDER), text(root, WebhookFields.NAME));
  }
}
