package com.wagateway.adapter.rest.messages;

import com.wagateway.application.messaging.MessageReceipt;
import com.wagateway.domain.message.DeliveryStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The gateway's answer to a send: its own id, the provider's id and the status. */
@Schema(name = "MessageReceipt")
public record MessageResponse(
    @Schema(
            description = "The gateway's id for this message",
            example = "0d3c6c1e-8a0e-4a8e-9d62-5b0f2b1c7e11")
        String id,
    @Schema(description = "The provider's id for this message", example = "PsqXn5SAD5v7HRA-wHqB9tw")
        String providerMessageId,
    @Schema(
            description = "Provider that sent it",
            example = "whapi",
            enumeration = {"whapi", "apiwhatsappweb"})
        String provider,
    @Schema(example = "acme") String tenantId,
    @Schema(description = "Normalised recipient", example = "573001234567") String to,
    @Schema(example = "text") String type,
    @Schema(example = "SENT") DeliveryStatus status,
    @Schema(example = "2026-11-22T18:30:00Z") Instant createdAt) {

  static MessageResponse of(MessageReceipt receipt) {
    return new MessageResponse(
        receipt.id(),
        receipt.providerMessageId(),
        receipt.provider().key(),
        receipt.tenantId().value(),
        receipt.to(),
        receipt.type().path(),
        receipt.status(),
        receipt.createdAt());
  }
}
