package com.wagateway.domain.label;

import java.time.Instant;
import java.util.List;

/** What carries one label: chats and messages, as the provider lists them. */
public record Labelled(List<Chat> chats, List<Message> messages) {
  public Labelled {
    chats = List.copyOf(chats);
    messages = List.copyOf(messages);
  }

  /** A labelled chat: its id, its name when the provider knows one, and its kind. */
  public record Chat(String chatId, String name, String type) {}

  /** A labelled message, by the provider's id (the gateway may never have seen it). */
  public record Message(
      String providerMessageId, String chatId, String type, boolean fromMe, Instant timestamp) {}
}
