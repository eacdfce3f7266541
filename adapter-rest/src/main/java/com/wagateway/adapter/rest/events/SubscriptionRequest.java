package com.wagateway.adapter.rest.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new subscription. */
@Schema(name = "SubscriptionRequest")
public record SubscriptionRequest(
    @Schema(
            description = "Where to POST events: an absolute http(s) URL",
            example = "https://crm.example.com/hooks/whatsapp",
            required = true)
        @NotBlank
        @Size(max = 2048)
        String url,
    @Schema(
            description =
                "Event types to receive: message.received, message.status, instance.status",
            example = "[\"message.received\", \"message.status\"]",
            required = true)
        @NotEmpty
        @Size(max = 3)
        List<@NotBlank String> events,
    @Schema(
            description =
                "Signing secret (`whsec_` + base64 of 24 to 64 bytes); leave out to have one generated")
        @Size(max = 200)
        String secret) {}
