package com.wagateway.domain.port;

import com.wagateway.domain.chat.DisappearingTimer;
import com.wagateway.domain.chat.ProviderChat;
import com.wagateway.domain.group.Slice;
import com.wagateway.domain.model.ProviderAccount;
import java.time.Instant;

/**
 * The chats of one account as its provider keeps them, and the tenant's settings on each: archive,
 * pin, mute, unread mark, disappearing messages, deletion. Marking a chat read stays with {@link
 * ConversationActions}. Setting a state that holds already is no change, so those are safe to
 * repeat.
 */
public interface Chats extends ProviderPort {

  /** The chats, {@code count} of them from position {@code offset}, latest activity first. */
  @SafeToRepeat
  Slice<ProviderChat> list(ProviderAccount account, int offset, int count);

  /**
   * @throws com.wagateway.domain.error.GatewayException {@code NOT_FOUND} for an unknown chat
   */
  @SafeToRepeat
  ProviderChat get(ProviderAccount account, String chatId);

  @SafeToRepeat
  void archive(ProviderAccount account, String chatId, boolean archived);

  @SafeToRepeat
  void pin(ProviderAccount account, String chatId, boolean pinned);

  /** Mutes the chat until {@code until}. */
  @SafeToRepeat
  void mute(ProviderAccount account, String chatId, Instant until);

  @SafeToRepeat
  void unmute(ProviderAccount account, String chatId);

  /** Puts the unread mark on the chat (undone by reading it). */
  @SafeToRepeat
  void markUnread(ProviderAccount account, String chatId);

  @SafeToRepeat
  void setDisappearing(ProviderAccount account, String chatId, DisappearingTimer timer);

  /** Deletes the chat from the account's phone; not undone. */
  void delete(ProviderAccount account, String chatId);
}
