package com.wagateway.adapter.rest.messages;

import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;

/** A send request of any type: a recipient and content the domain can build. */
interface MessageRequest {
  String to();

  /** The content, validated by the domain's rules. */
  MessageContent content();

  default OutboundMessage toMessage() {
    return new OutboundMessage(Recipient.parse(to()), content());
  }
}
