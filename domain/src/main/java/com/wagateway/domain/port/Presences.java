package com.wagateway.domain.port;

import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.presence.ContactPresence;
import com.wagateway.domain.presence.OwnPresence;

/**
 * Presence through one provider: the account's own online/offline state, and the presence of a
 * contact or chat, which the provider reports only once the account has subscribed to it. Typing
 * and recording in a chat stay with {@link ConversationActions#sendPresence}.
 */
public interface Presences extends ProviderPort {

  @SafeToRepeat
  void setOwn(ProviderAccount account, OwnPresence presence);

  /**
   * @throws com.wagateway.domain.error.GatewayException {@code NOT_FOUND} when the account is not
   *     subscribed to the chat's presence
   */
  @SafeToRepeat
  ContactPresence get(ProviderAccount account, String chatId);

  /** Subscribing again to a chat already subscribed to changes nothing. */
  @SafeToRepeat
  void subscribe(ProviderAccount account, String chatId);
}
