package com.wagateway.adapter.rest.events;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body subscribers receive, in the Standard Webhooks shape: {@code type}, {@code timestamp} and
 * the event's {@code data}, plus {@code schemaVersion}. The event's id travels in the {@code
 * webhook-id} header.
 */
@Schema(name = "WebhookEvent", description = "The body of an outbound webhook")
public record EventEnvelope(
    @Schema(
            description =
                "message.received, message.status, message.reaction, message.edited,"
                    + " message.deleted, poll.vote or instance.status",
            example = "message.received")
        String type,
    @Schema(
            description =
                "The version of this body's shape. It grows when fields are added; a field's"
                    + " meaning never changes within a version",
            example = "2")
        int schemaVersion,
    @Schema(description = "When the gateway published the event") Instant timestamp,
    @Schema(
            description = "The event; its fields depend on `type`",
            oneOf = {
              EventData.Received.class,
              EventData.Status.class,
              EventData.Reaction.class,
              EventData.Edited.class,
              EventData.Deleted.class,
              EventData.Vote.class,
              EventData.Instance.class
            })
        EventData data) {

  /** 1: message.received had only kind and text; 2: the complete inbound model. */
  public static final int SCHEMA_VERSION = 2;
}
