package com.wagateway.domain.event;

import com.wagateway.domain.model.Require;
import java.util.List;

/**
 * A message as it arrived, whatever the provider: where ({@code chat}), from whom, what it replies
 * to ({@code quoted}, null when nothing), its type and content. {@code raw} is the provider's JSON
 * of the message when the gateway could not read all of it (always for {@link
 * ReceivedType#UNKNOWN}), so that nothing a subscriber might need is lost.
 */
public record ReceivedMessage(
    String providerMessageId,
    Chat chat,
    Sender sender,
    boolean fromMe,
    boolean forwarded,
    List<String> mentions,
    Quoted quoted,
    ReceivedType type,
    ReceivedContent content,
    String raw) {

  public ReceivedMessage {
    Require.present(providerMessageId, "providerMessageId");
    Require.present(chat, "chat");
    Require.present(sender, "sender");
    Require.present(type, "type");
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    content = content == null ? ReceivedContent.EMPTY : content;
  }

  /** The earlier message this one replies to. */
  public record Quoted(String providerMessageId, ReceivedType type, String text) {}
}
