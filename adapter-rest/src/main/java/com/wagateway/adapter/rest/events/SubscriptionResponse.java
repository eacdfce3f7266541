package com.wagateway.adapter.rest.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wagateway.application.outbound.Subscription;
import com.wagateway.domain.event.EventType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription; its secret appears only in the answer that created it. */
@Schema(name = "Subscription")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionResponse(
    @Schema(example = "sub_6f1c0e5a4b8d4b0c9a3e2d1f0a9b8c7d") String id,
    @Schema(example = "https://crm.example.com/hooks/whatsapp") String url,
    @Schema(example = "[\"message.received\", \"message.status\"]") List<String> events,
    @Schema(
            description = "The signing secret, shown only when the subscription is created",
            example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret,
    @Schema(example = "2026-11-22T18:30:00Z") Instant createdAt) {

  static SubscriptionResponse of(Subscription subscription, boolean showSecret) {
    return new SubscriptionResponse(
        subscription.id(),
        subscription.url().toString(),
        subscription.events().stream().sorted().map(EventType::key).toList(),
        showSecret ? subscription.secret().reveal() : null,
        subscription.createdAt());
  }
}
