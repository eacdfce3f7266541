package com.wagateway.adapter.rest.messages;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wagateway.application.messaging.MessageRecord;
import com.wagateway.domain.message.DeliveryStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sent message as the gateway recorded it, with its status history. */
@Schema(name = "Message")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageDetailsResponse(
    @Schema(example = "0d3c6c1e-8a0e-4a8e-9d62-5b0f2b1c7e11") String id,
    @Schema(example = "PsqXn5SAD5v7HRA-wHqB9tw") String providerMessageId,
    @Schema(example = "whapi") String provider,
    @Schema(example = "acme") String tenantId,
    @Schema(example = "573001234567") String to,
    @Schema(example = "text") String type,
    @Schema(example = "SENT") DeliveryStatus status,
    @Schema(example = "2026-11-22T18:30:00Z") Instant createdAt,
    @Schema(example = "2026-11-22T18:30:01Z") Instant updatedAt,
    @Schema(description = "Why the send failed, when it did") Failure error,
    @Schema(description = "Every status the message went through, oldest first")
        List<StatusChange> history) {

  /** The problem code and detail of a failed send. */
  @Schema(name = "MessageFailure")
  public record Failure(
      @Schema(example = "PROVIDER_TIMEOUT") String code,
      @Schema(example = "The provider did not answer in time") String detail) {}

  /** One step of the status history. */
  @Schema(name = "StatusChange")
  public record StatusChange(
      @Schema(example = "SENT") DeliveryStatus status,
      @Schema(example = "2026-11-22T18:30:01Z") Instant at) {}

  static MessageDetailsResponse of(MessageRecord m) {
    return new MessageDetailsResponse(
        m.id(),
        m.providerMessageId(),
        m.provider().key(),
        m.tenantId().value(),
        m.recipient(),
        m.type().path(),
        m.status(),
        m.createdAt(),
        m.updatedAt(),
        m.errorCode() == null ? null : new Failure(m.errorCode(), m.errorDetail()),
        m.history().stream().map(h -> new StatusChange(h.status(), h.at())).toList());
  }
}
