package com.wagateway.adapter.rest.messages;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wagateway.application.conversation.ConversationItem;
import com.wagateway.application.conversation.Direction;
import com.wagateway.application.messaging.MessageRecord;
import com.wagateway.domain.message.DeliveryStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A message as the gateway recorded it: a sent one with its status history, or (in listings) a
 * received one with its sender and text. Fields a message does not have are left out.
 */
@Schema(name = "Message")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageDetailsResponse(
    @Schema(example = "0d3c6c1e-8a0e-4a8e-9d62-5b0f2b1c7e11") String id,
    @Schema(description = "out: sent through the gateway; in: received", example = "out")
        String direction,
    @Schema(description = "The conversation", example = "573001234567@s.whatsapp.net")
        String chatId,
    @Schema(example = "PsqXn5SAD5v7HRA-wHqB9tw") String providerMessageId,
    @Schema(example = "whapi") String provider,
    @Schema(example = "acme") String tenantId,
    @Schema(description = "Sent: the recipient", example = "573001234567") String to,
    @Schema(description = "Received: the sender's id (in a group, the member)") String from,
    @Schema(description = "Received: the sender's name, when known") String fromName,
    @Schema(description = "Received: sent from the tenant's own phone") Boolean fromMe,
    @Schema(
            description =
                "Sent: the type sent (text, image, link-preview...); received: the received type"
                    + " (text, image, interactive_reply... as in events)",
            example = "text")
        String type,
    @Schema(description = "Received: the text or caption, as last edited") String text,
    @Schema(description = "Received: the media id, for GET /media/{mediaId}") String mediaId,
    @Schema(description = "Received: edited after it arrived") Boolean edited,
    @Schema(description = "Received: deleted for everyone (its content is gone)") Boolean deleted,
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
    return sent(m, null);
  }

  public static MessageDetailsResponse of(ConversationItem item, String tenantId) {
    if (item instanceof ConversationItem.Sent sent) {
      return sent(sent.message(), sent.chatId());
    }
    ConversationItem.Received r = (ConversationItem.Received) item;
    return new MessageDetailsResponse(
        r.id(),
        Direction.IN.key(),
        r.chatId(),
        r.providerMessageId(),
        r.provider().key(),
        tenantId,
        null,
        r.senderId(),
        r.senderName(),
        r.fromMe(),
        r.type(),
        r.text(),
        r.mediaId(),
        r.edited() ? Boolean.TRUE : null,
        r.deleted() ? Boolean.TRUE : null,
        null,
        r.at(),
        null,
        null,
        null);
  }

  private static MessageDetailsResponse sent(MessageRecord m, String chatId) {
    return new MessageDetailsResponse(
        m.id(),
        Direction.OUT.key(),
        chatId,
        m.providerMessageId(),
        m.provider().key(),
        m.tenantId().value(),
        m.recipient(),
        null,
        null,
        null,
        m.type().path(),
        null,
        null,
        null,
        null,
        m.status(),
        m.createdAt(),
        m.updatedAt(),
        m.errorCode() == null ? null : new Failure(m.errorCode(), m.errorDetail()),
        m.history().stream().map(h -> new StatusChange(h.status(), h.at())).toList());
  }
}
