package com.wagateway.domain.port;

import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;

/** Sends WhatsApp messages through one provider. */
public interface MessageSender extends ProviderPort {

  /**
   * Hands the message to the provider.
   *
   * @throws com.wagateway.domain.error.GatewayException when the provider refuses or fails
   */
  SentMessage send(ProviderAccount account, OutboundMessage message);
}
