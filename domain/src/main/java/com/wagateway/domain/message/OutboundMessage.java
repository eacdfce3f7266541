package com.wagateway.domain.message;

import com.wagateway.domain.model.Require;

/** A message ready to leave: the recipient and the content. */
public record OutboundMessage(Recipient to, MessageContent content) {
  public OutboundMessage {
    Require.present(to, "to");
    Require.present(content, "content");
  }

  public MessageType type() {
    return content.type();
  }
}
