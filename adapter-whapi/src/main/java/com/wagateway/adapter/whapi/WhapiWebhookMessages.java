package com.wagateway.adapter.whapi;

import static com.wagateway.adapter.whapi.WhapiWebhookFields.epochSeconds;
import static com.wagateway.adapter.whapi.WhapiWebhookFields.flag;
import static com.wagateway.adapter.whapi.WhapiWebhookFields.strings;
import static com.wagateway.adapter.whapi.WhapiWebhookFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.wagateway.adapter.whapi.WhapiReceivedTypes.Row;
import com.wagateway.domain.event.Chat;
import com.wagateway.domain.event.ChatKind;
import com.wagateway.domain.event.InboundEvent.MessageActed;
import com.wagateway.domain.event.InboundEvent.MessageReceived;
import com.wagateway.domain.event.InboundEvent.MessageStatusChanged;
import com.wagateway.domain.event.MessageAction;
import com.wagateway.domain.event.ReceivedContent;
import com.wagateway.domain.event.ReceivedMessage;
import com.wagateway.domain.event.ReceivedType;
import com.wagateway.domain.event.Sender;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.model.ProviderId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the {@code messages} and {@code statuses} arrays of a Whapi webhook, one event per item. A
 * message of type {@code action} (a reaction, edit, deletion or poll vote) is an action on its
 * {@code action.target}; every other message is a received message, typed by {@link
 * WhapiReceivedTypes}. An item without its id, type/status or timestamp is skipped and marks the
 * payload not understood; an item the gateway reads only in part still becomes an event, with
 * Whapi's JSON of it attached raw.
 */
final class WhapiWebhookMessages {
  private static final int MAX_MENTIONS = 100;

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
    Chat chat = Chat.of(text(item, "chat_id"));
    Sender sender = Sender.of(text(item, "from"), text(item, "from_name"));
    Optional<MessageActed> acted =
        "action".equals(type)
            ? action(item, keyPrefix + "action:" + id, at.get(), chat, sender)
            : Optional.empty();
    if (acted.isPresent()) {
      reading.add(acted.get());
      return;
    }
    ReceivedMessage message = received(item, id, type, chat, sender);
    if (message.raw() != null) {
      reading.notUnderstood();
    }
    reading.add(
        new MessageReceived(ProviderId.WHAPI, keyPrefix + "message:" + id, at.get(), message));
  }

  private static ReceivedMessage received(
      JsonNode item, String id, String type, Chat chat, Sender sender) {
    Optional<Row> row = WhapiReceivedTypes.of(type);
    ReceivedContent content = row.map(r -> r.read().apply(item.path(r.field()))).orElse(null);
    JsonNode context = item.path("context");
    return new ReceivedMessage(
        id,
        chat,
        sender,
        flag(item, "from_me"),
        flag(context, "forwarded"),
        strings(context, "mentions", MAX_MENTIONS),
        quoted(context),
        row.map(Row::type).orElse(ReceivedType.UNKNOWN),
        content,
        content == null ? item.toString() : null);
  }

  /** {@code MessageContext}: what the message replies to, when it does. */
  private static ReceivedMessage.Quoted quoted(JsonNode context) {
    String quotedId = text(context, "quoted_id");
    return quotedId == null
        ? null
        : new ReceivedMessage.Quoted(
            quotedId,
            WhapiReceivedTypes.typeOf(text(context, "quoted_type")),
            WhapiReceivedTypes.textOrCaption(context.path("quoted_content")));
  }

  /**
   * {@code MessageAction}: {@code reaction} (an empty emoji takes the reaction off), {@code edit}
   * or {@code edited} (the new content in {@code edited_content}), {@code delete} and {@code vote}
   * (the options now selected). Other actions (pin, ephemeral...) are received as unknown.
   */
  private static Optional<MessageActed> action(
      JsonNode item, String key, Instant at, Chat chat, Sender sender) {
    JsonNode action = item.path("action");
    String target = text(action, "target");
    String kind = text(action, "type");
    MessageAction read =
        switch (kind == null ? "" : kind) {
          case "reaction" -> {
            String emoji = text(action, "emoji");
            yield new MessageAction.Reaction(emoji, emoji == null);
          }
          case "edit", "edited" ->
              new MessageAction.Edit(
                  WhapiReceivedTypes.textOrCaption(action.path("edited_content")));
          case "delete" -> new MessageAction.Deletion();
          case "vote" -> new MessageAction.Vote(strings(action, "votes", MAX_MENTIONS));
          default -> null;
        };
    return target == null || read == null
        ? Optional.empty()
        : Optional.of(new MessageActed(ProviderId.WHAPI, key, at, chat, sender, target, read));
  }

  /**
   * A status of a sent message. In a group, {@code viewer_id} names the member it is about, and is
   * part of the dedup key, so each member's DELIVERED and READ are events of their own.
   */
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
    String recipient = text(item, "recipient_id");
    String participant =
        ChatKind.ofChatId(recipient) == ChatKind.GROUP ? text(item, "viewer_id") : null;
    String key =
        keyPrefix
            + "status:"
            + id
            + ":"
            + status.get()
            + (participant == null ? "" : ":" + participant);
    reading.add(
        new MessageStatusChanged(
            ProviderId.WHAPI, key, at.get(), id, status.get(), recipient, participant));
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
