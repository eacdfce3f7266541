package com.wagateway.adapter.rest.channel;

import com.wagateway.domain.channel.WebhookProbe;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where to send one test event, and of which type. */
@Schema(name = "WebhookTestRequest")
public record WebhookTestRequest(
    @NotNull
        @Size(max = 2048)
        @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL")
        @Schema(example = "https://hooks.example.com/whatsapp")
        String url,
    @NotNull
        @Pattern(
            regexp =
                "^(messages|statuses|chats|contacts|groups|presences|calls|channel|users|labels"
                    + "|service)$",
            message = "must be one of the event types listed by GET .../channel/events")
        @Schema(
            description =
                "messages, statuses, chats, contacts, groups, presences, calls, channel, users,"
                    + " labels or service",
            example = "messages")
        String eventType) {

  WebhookProbe toProbe() {
    return new WebhookProbe(url, eventType);
  }
}
