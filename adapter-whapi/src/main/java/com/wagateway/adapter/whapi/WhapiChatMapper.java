package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.wagateway.domain.chat.DisappearingTimer;
import com.wagateway.domain.chat.ProviderChat;
import com.wagateway.domain.group.Slice;
import com.wagateway.domain.model.ProviderAccount;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Whapi's chat bodies ({@code Chat}, {@code ChatsList}, {@code ArchiveChatRequest}, {@code
 * PatchChatRequest}), reduced to the fields the gateway reads, and their mapping to the domain.
 */
final class WhapiChatMapper {
  private WhapiChatMapper() {}

  /** {@code ArchiveChatRequest}. */
  record Archive(boolean archive) {}

  /** {@code PatchChatRequest}: the gateway sends one field at a time, the others left out. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Settings(
      Boolean pin,
      @JsonProperty("mute_until") Long muteUntil,
      @JsonProperty("mark_unread") Boolean markUnread,
      String ephemeral) {
    static Settings pin(boolean pinned) {
      return new Settings(pinned, null, null, null);
    }

    /** Whapi takes milliseconds; 0 unmutes. */
    static Settings muteUntil(long epochMillis) {
      return new Settings(null, epochMillis, null, null);
    }

    static Settings unread() {
      return new Settings(null, null, true, null);
    }

    /** Whapi's word for keeping messages for good is {@code none}. */
    static Settings ephemeral(DisappearingTimer timer) {
      return new Settings(null, null, null, timer == DisappearingTimer.OFF ? "none" : timer.key());
    }
  }

  /** {@code Chat}: {@code id} and {@code type} are required. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ChatBody(
      String id,
      String name,
      String type,
      Long timestamp,
      Boolean pin,
      Boolean mute,
      @JsonProperty("mute_until") Long muteUntil,
      Boolean archive,
      Integer unread,
      @JsonProperty("read_only") Boolean readOnly) {}

  /** {@code ChatsList}: the chats and the {@code Iterator} fields. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ChatList(List<ChatBody> chats, Integer total) {}

  /** Chats without an id are left out: nothing could be done with them. */
  static Slice<ProviderChat> chats(ChatList answer) {
    return new Slice<>(
        Objects.requireNonNullElse(answer.chats(), List.<ChatBody>of()).stream()
            .filter(chat -> chat != null && chat.id() != null)
            .map(WhapiChatMapper::chat)
            .toList(),
        answer.total());
  }

  static ProviderChat chat(ProviderAccount account, ChatBody chat) {
    if (chat.id() == null) {
      throw WhapiJson.notAsDocumented(account, "chat id");
    }
    return chat(chat);
  }

  /** {@code timestamp} is in seconds, {@code mute_until} in milliseconds as in the request. */
  private static ProviderChat chat(ChatBody c) {
    long muteUntil = c.muteUntil() == null ? 0 : c.muteUntil();
    return new ProviderChat(
        c.id(),
        c.name(),
        c.type(),
        c.timestamp() == null ? null : Instant.ofEpochSecond(c.timestamp()),
        Boolean.TRUE.equals(c.pin()),
        Boolean.TRUE.equals(c.archive()),
        Boolean.TRUE.equals(c.mute()),
        muteUntil > 0 ? Instant.ofEpochMilli(muteUntil) : null,
        c.unread() == null ? 0 : c.unread(),
        Boolean.TRUE.equals(c.readOnly()));
  }
}
