package com.wagateway.domain.event;

/**
 * The conversation an inbound event belongs to. {@code id} may be null when a provider omits it.
 */
public record Chat(String id, ChatKind kind) {
  public Chat {
    kind = kind == null ? ChatKind.ofChatId(id) : kind;
  }

  public static Chat of(String id) {
    return new Chat(id, ChatKind.ofChatId(id));
  }

  /**
   * The providers' chat id for a recipient or a chat: a chat id ({@code ...@s.whatsapp.net}, {@code
   * ...@g.us}) as it is, a phone number (any punctuation, with or without +) as {@code
   * <digits>@s.whatsapp.net}; null stays null.
   */
  public static String idOf(String recipientOrChatId) {
    if (recipientOrChatId == null || recipientOrChatId.contains("@")) {
      return recipientOrChatId;
    }
    return recipientOrChatId.replaceAll("[^0-9]", "") + "@s.whatsapp.net";
  }
}
