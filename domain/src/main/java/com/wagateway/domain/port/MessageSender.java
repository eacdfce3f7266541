package com.wagateway.domain.port;

import com.wagateway.domain.error.CapabilityNotSupportedException;
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

  /**
   * Marks an incoming message read (blue ticks to its sender). The gateway calls it only for
   * providers whose {@link ProfileConfigurer#emulatesAutoRead()} is true, which must override it.
   *
   * @throws com.wagateway.domain.error.GatewayException when the provider refuses or fails
   */
  default void markRead(ProviderAccount account, String providerMessageId) {
    throw new CapabilityNotSupportedException(
        account.tenantId(), account.provider(), Operation.AUTO_READ);
  }
}
