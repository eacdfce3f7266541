package com.wagateway.adapter.rest.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wagateway.application.outbound.OutboundEvent;
import com.wagateway.domain.event.InboundEvent;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body subscribers receive, in the Standard Webhooks shape: {@code type}, {@code timestamp} and
 * the event's {@code data}. The event's id travels in the {@code webhook-id} header.
 */
@Schema(name = "WebhookEvent", description = "The body of an outbound webhook")
public record EventEnvelope(
    @Schema(
            description = "message.received, message.status or instance.status",
            example = "message.status")
        String type,
    @Schema(description = "When the gateway published the event") Instant timestamp,
    @Schema(description = "The event; its fields depend on `type`") Data data) {

  /** Every field any event type has; those an event type lacks are left out. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Data(
      String tenantId,
      String provider,
      @Schema(description = "When it happened at the provider") Instant occurredAt,
      @Schema(
              description =
                  "message.status: the gateway's id of the message, when it was sent through the gateway")
          String messageId,
      @Schema(description = "message.*: the provider's id of the message") String providerMessageId,
      @Schema(description = "message.status: SENT, DELIVERED, READ or FAILED") String status,
      @Schema(description = "message.status: who the message went to") String recipient,
      @Schema(description = "message.received: the chat it arrived in") String chatId,
      @Schema(description = "message.received: the sender") String from,
      @Schema(description = "message.received: the sender's name, when known") String fromName,
      @Schema(description = "message.received: text, image, location... as the provider says")
          String kind,
      @Schema(description = "message.received: the text or caption, when there is one") String text,
      @Schema(description = "message.received: sent from the phone itself") Boolean fromMe,
      @Schema(description = "instance.status: CONNECTED, QR_REQUIRED, DISCONNECTED...")
          String state,
      @Schema(description = "instance.status: the provider's own word") String providerState) {}

  public static EventEnvelope of(OutboundEvent published) {
    InboundEvent event = published.event();
    String tenant = published.tenantId().value();
    String provider = event.provider().key();
    Data data;
    if (event instanceof InboundEvent.MessageReceived m) {
      data =
          new Data(
              tenant,
              provider,
              m.occurredAt(),
              null,
              m.providerMessageId(),
              null,
              null,
              m.chatId(),
              m.from(),
              m.fromName(),
              m.kind(),
              m.text(),
              m.fromMe(),
              null,
              null);
    } else if (event instanceof InboundEvent.MessageStatusChanged s) {
      data =
          new Data(
              tenant,
              provider,
              s.occurredAt(),
              published.messageId(),
              s.providerMessageId(),
              s.status().name(),
              s.recipient(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null);
    } else {
      InboundEvent.InstanceStatusChanged i = (InboundEvent.InstanceStatusChanged) event;
      data =
          new Data(
              tenant,
              provider,
              i.occurredAt(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              i.state().name(),
              i.providerState());
    }
    return new EventEnvelope(event.type().key(), published.publishedAt(), data);
  }
}
