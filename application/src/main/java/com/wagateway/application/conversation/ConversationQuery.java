package com.wagateway.application.conversation;

import com.wagateway.domain.message.DeliveryStatus;
import java.time.Instant;

/**
 * Filters for listing a tenant's messages in both directions; {@code null} means "any". {@code
 * type} is a type name in either direction's vocabulary; {@code status} only matches sent messages.
 * Times are [since, until).
 */
public record ConversationQuery(
    Direction direction,
    String chatId,
    String type,
    DeliveryStatus status,
    Instant since,
    Instant until) {

  /** Every message, either direction. */
  public static final ConversationQuery ANY =
      new ConversationQuery(null, null, null, null, null, null);

  public static ConversationQuery ofChat(String chatId) {
    return new ConversationQuery(null, chatId, null, null, null, null);
  }
}
