package com.wagateway.domain.port;

import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;
import java.util.concurrent.CompletionStage;

/** Sends WhatsApp messages through one provider. */
public interface MessageSender extends ProviderPort {

  /**
   * Hands the message to the provider without waiting for its answer: the calling thread is not
   * held while the request is in flight, so one thread can keep many sends going.
   *
   * @return completes with the provider's answer, or fails with a {@link
   *     com.wagateway.domain.error.GatewayException} when the provider refuses or fails (never
   *     thrown by the call itself)
   */
  CompletionStage<SentMessage> send(ProviderAccount account, OutboundMessage message);

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
