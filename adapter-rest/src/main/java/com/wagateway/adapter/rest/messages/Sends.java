package com.wagateway.adapter.rest.messages;

import com.wagateway.application.messaging.SendMessage;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Completions;
import java.util.concurrent.CompletionStage;

/** The one send path of the message resources, whatever the type. */
final class Sends {
  private Sends() {}

  /**
   * Sends run on the event loop (they return a stage): nothing in {@link SendMessage} blocks it,
   * and the answer is written when the provider and the log are done.
   */
  static CompletionStage<MessageResponse> send(
      SendMessage sendMessage, String tenantId, OutboundMessage message, String idempotencyKey) {
    return Completions.unwrapped(
        sendMessage
            .send(new TenantId(tenantId), message, idempotencyKey)
            .thenApply(MessageResponse::of));
  }
}
