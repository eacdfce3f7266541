package com.wagateway.domain.port;

import com.wagateway.domain.conversation.NumberCheck;
import com.wagateway.domain.conversation.Presence;
import com.wagateway.domain.model.ProviderAccount;
import java.util.List;

/**
 * Acts on a conversation through one provider: read receipts, typing or recording presence,
 * deleting a sent message for everyone, and asking which numbers have WhatsApp. A provider that
 * cannot do one leaves its operation out of {@link #supportedOperations()}; the core then answers
 * 501 before any call.
 */
public interface ConversationActions extends ProviderPort {

  /** Marks one received message read (the sender sees blue ticks). */
  void markRead(ProviderAccount account, String providerMessageId);

  /** Marks a whole chat read. */
  void markChatRead(ProviderAccount account, String chatId);

  /** Shows {@code presence} in the chat for {@code seconds} (0: until the next message). */
  void sendPresence(ProviderAccount account, String chatId, Presence presence, int seconds);

  /** Deletes a message the tenant sent, for everyone. */
  void deleteMessage(ProviderAccount account, String providerMessageId);

  /** One answer per number, in the order asked. */
  List<NumberCheck> checkNumbers(ProviderAccount account, List<String> phoneDigits);
}
