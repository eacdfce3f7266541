package com.wagateway.domain.port;

import com.wagateway.domain.group.Slice;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.providermessage.HistoryFilter;
import com.wagateway.domain.providermessage.PinDuration;
import com.wagateway.domain.providermessage.ProviderMessage;

/**
 * The message history one account's provider keeps, and what can be done to one message of it by
 * the provider's id: forward it, star it, pin it, take the account's reaction off. Sending, marking
 * read and deleting stay with {@link MessageSender} and {@link ConversationActions}. Setting a
 * state that holds already is no change, so those are safe to repeat; a forward is a new message.
 */
public interface ProviderMessages extends ProviderPort {

  /**
   * The messages {@code filter} selects, {@code count} of them from {@code offset}, newest first.
   */
  @SafeToRepeat
  Slice<ProviderMessage> list(ProviderAccount account, HistoryFilter filter, int offset, int count);

  /**
   * @throws com.wagateway.domain.error.GatewayException {@code NOT_FOUND} for an unknown message
   */
  @SafeToRepeat
  ProviderMessage get(ProviderAccount account, String messageId);

  /** Forwards the message to chat {@code to}; the answer names the new message. */
  SentMessage forward(ProviderAccount account, String messageId, String to);

  @SafeToRepeat
  void star(ProviderAccount account, String messageId, boolean starred);

  /** Pins the message in its chat for {@code duration}. */
  @SafeToRepeat
  void pin(ProviderAccount account, String messageId, PinDuration duration);

  @SafeToRepeat
  void unpin(ProviderAccount account, String messageId);

  /** Takes the account's own reaction off the message. */
  @SafeToRepeat
  void removeReaction(ProviderAccount account, String messageId);
}
