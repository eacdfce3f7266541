package com.wagateway.adapter.rest.messages;

import com.wagateway.adapter.rest.validation.QueryValues;
import com.wagateway.application.conversation.ConversationItem;
import com.wagateway.application.conversation.ConversationQuery;
import com.wagateway.application.conversation.Direction;
import com.wagateway.application.conversation.ReadConversations;
import com.wagateway.application.paging.Page;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.event.Chat;
import com.wagateway.domain.event.ReceivedType;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.model.TenantId;
import java.util.Arrays;
import java.util.Locale;

/** Turns the list endpoints' query parameters into a query, naming the one that is wrong. */
public final class MessageQueries {
  private MessageQueries() {}

  /** The filters of {@code GET /messages} and {@code GET /chats/{chatId}/messages}. */
  public record Filters(
      String direction,
      String chatId,
      String type,
      String status,
      String to,
      String since,
      String until) {}

  /**
   * Both directions unless {@code direction} says one. {@code to} (a recipient in any form a send
   * accepts) keeps its old meaning: sent messages to that chat. {@code status} matches sent
   * messages only.
   */
  public static MessagePageResponse list(
      ReadConversations conversations, String tenantId, Filters f, String cursor, int limit) {
    Direction direction = QueryValues.oneOf(Direction.class, f.direction(), "direction");
    String chat = f.chatId() == null ? null : chatId(f.chatId(), "chatId");
    if (f.to() != null) {
      direction = Direction.OUT;
      chat = Chat.idOf(Recipient.parse(f.to()).value());
    }
    ConversationQuery query =
        new ConversationQuery(
            direction,
            chat,
            type(f.type()),
            QueryValues.oneOf(DeliveryStatus.class, f.status(), "status"),
            QueryValues.instant(f.since(), "since"),
            QueryValues.instant(f.until(), "until"));
    Page<ConversationItem> page =
        conversations.messages(new TenantId(tenantId), query, cursor, limit);
    return new MessagePageResponse(
        page.items().stream().map(item -> MessageDetailsResponse.of(item, tenantId)).toList(),
        page.nextCursor());
  }

  /** A chat id, or a phone number in any form a send accepts (read as that phone's chat). */
  public static String chatId(String value, String field) {
    String trimmed = value.strip();
    if (trimmed.isEmpty() || trimmed.length() > 255) {
      throw new InvalidValueException(field, "must be a chat id or a phone number");
    }
    if (trimmed.contains("@")) {
      return trimmed;
    }
    try {
      return Chat.idOf(Recipient.parse(trimmed).value());
    } catch (InvalidValueException notAPhone) {
      throw new InvalidValueException(field, "must be a chat id or a phone number");
    }
  }

  /** A type name of either direction, e.g. text, image, link-preview, interactive_reply. */
  private static String type(String value) {
    if (value == null) {
      return null;
    }
    String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    boolean known =
        Arrays.stream(ReceivedType.values()).anyMatch(t -> t.name().equals(name))
            || Arrays.stream(MessageType.values()).anyMatch(t -> t.name().equals(name));
    if (!known) {
      throw new InvalidValueException("type", "is not a message type: '" + value + "'");
    }
    return name;
  }
}
