package com.wagateway.adapter.rest.console;

import com.wagateway.application.conversation.ConversationItem;
import com.wagateway.application.messaging.MessageRecord;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One line of the activity page's recent messages, either direction. {@code history} is a sent
 * message's statuses, oldest first (empty for a received one); {@code detail} is why a send failed,
 * or a received message's text.
 */
public record MessageRow(
    String id,
    boolean sent,
    Instant at,
    String chatId,
    String type,
    String status,
    List<MessageRecord.StatusChange> history,
    String detail) {

  static MessageRow of(ConversationItem item) {
    if (item instanceof ConversationItem.Sent sent) {
      MessageRecord message = sent.message();
      String failure =
          message.errorCode() == null ? null : message.errorCode() + ": " + message.errorDetail();
      return new MessageRow(
          message.id(),
          true,
          message.createdAt(),
          sent.chatId(),
          message.type().name().toLowerCase(Locale.ROOT),
          message.status().name(),
          message.history(),
          failure);
    }
    ConversationItem.Received received = (ConversationItem.Received) item;
    return new MessageRow(
        received.id(),
        false,
        received.at(),
        received.chatId(),
        received.type(),
        received.deleted() ? "deleted" : "received",
        List.of(),
        received.text());
  }
}
