package com.wagateway.adapter.rest.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.wagateway.application.outbound.Attempt;
import com.wagateway.application.outbound.Delivery;
import com.wagateway.application.outbound.DeliveryState;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event on its way to one subscription, with its attempts when read on its own. */
@Schema(name = "Delivery")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryResponse(
    @Schema(example = "dlv_0b1e6a7c9d2f4e3a8b5c6d7e8f9a0b1c") String id,
    @Schema(
            description =
                "The event's id, sent as `webhook-id`: the same on every attempt and replay",
            example = "msg_2c5e8f1a3b4d4c6e9f0a1b2c3d4e5f60")
        String webhookId,
    @Schema(example = "sub_6f1c0e5a4b8d4b0c9a3e2d1f0a9b8c7d") String subscriptionId,
    @Schema(example = "message.status") String eventType,
    @Schema(
            description =
                "PENDING (waiting for its next attempt), DELIVERED, or DEAD (every attempt failed)")
        DeliveryState state,
    @Schema(description = "Attempts since it was created or last replayed", example = "3")
        int attempts,
    @Schema(example = "2026-11-22T18:30:00Z") Instant createdAt,
    @Schema(description = "When a PENDING delivery is tried next") Instant nextAttemptAt,
    Instant deliveredAt,
    @Schema(description = "The body as posted (only when a single delivery is read)") @JsonRawValue
        String payload,
    @Schema(description = "Every attempt, oldest first (only when a single delivery is read)")
        List<AttemptView> history) {

  /** One attempt: when, the subscriber's status (absent when none came) or what went wrong. */
  @Schema(name = "DeliveryAttempt")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AttemptView(
      @Schema(example = "1") int number,
      @Schema(example = "2026-11-22T18:30:00Z") Instant at,
      @Schema(example = "503") Integer statusCode,
      @Schema(example = "HTTP 503") String error,
      @Schema(example = "87") long durationMillis) {
    static AttemptView of(Attempt a) {
      return new AttemptView(a.number(), a.at(), a.statusCode(), a.error(), a.durationMillis());
    }
  }

  static DeliveryResponse summary(Delivery d) {
    return of(d, false);
  }

  static DeliveryResponse detailed(Delivery d) {
    return of(d, true);
  }

  private static DeliveryResponse of(Delivery d, boolean detailed) {
    return new DeliveryResponse(
        d.id(),
        d.webhookId(),
        d.subscriptionId(),
        d.eventType().key(),
        d.state(),
        d.attempts(),
        d.createdAt(),
        d.nextAttemptAt(),
        d.deliveredAt(),
        detailed ? d.payload() : null,
        detailed ? d.history().stream().map(AttemptView::of).toList() : null);
  }
}
