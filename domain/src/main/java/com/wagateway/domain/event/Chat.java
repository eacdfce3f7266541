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
}
