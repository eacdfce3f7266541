package com.wagateway.application.conversation;

import com.wagateway.application.messaging.MessageRecord;
import com.wagateway.domain.model.ProviderId;
import java.time.Instant;

/** One message of a conversation: one the gateway sent, or one it received. */
public sealed interface ConversationItem {

  String id();

  String chatId();

  Instant at();

  /** A sent message, with everything the message log keeps of it (status history included). */
  record Sent(MessageRecord message, String chatId) implements ConversationItem {
    @Override
    public String id() {
      return message.id();
    }

    @Override
    public Instant at() {
      return message.createdAt();
    }
  }

  /**
   * A received message as far as the provider told. {@code type} is the lower-case type name
   * ({@code text}, {@code image}, {@code interactive_reply}...); {@code text} is the text or
   * caption, as last edited (null once deleted).
   */
  record Received(
      String id,
      ProviderId provider,
      String providerMessageId,
      String chatId,
      String senderId,
      String senderName,
      boolean fromMe,
      String type,
      String text,
      String mediaId,
      boolean edited,
      boolean deleted,
      Instant at)
      implements ConversationItem {}
}
