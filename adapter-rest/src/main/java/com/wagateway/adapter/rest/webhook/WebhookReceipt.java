package com.wagateway.adapter.rest.webhook;

import com.wagateway.application.webhook.ReceiveWebhook;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the gateway did with one webhook delivery. */
@Schema(name = "WebhookReceipt")
public record WebhookReceipt(
    @Schema(description = "Events recognised in the payload", example = "1") int events,
    @Schema(description = "Of those, already stored before (redeliveries)", example = "0")
        int duplicates,
    @Schema(description = "The payload was not fully understood and was kept raw")
        boolean storedRaw) {

  static WebhookReceipt of(ReceiveWebhook.Outcome outcome) {
    return new WebhookReceipt(outcome.received(), outcome.duplicates(), outcome.storedRaw());
  }
}
