package com.wagateway.adapter.rest.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wagateway.application.webhook.WebhookEndpoints;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the tenant's provider was told about the gateway's webhook endpoint. */
@Schema(name = "WebhookRegistration")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookRegistrationResponse(
    @Schema(example = "whapi") String provider,
    @Schema(
            description = "The URL the provider now calls; a secret path segment is masked",
            example = "https://gateway.example.com/v1/webhooks/whapi/acme")
        String url,
    @Schema(
            description =
                "The header carrying the tenant's webhook secret, for providers that add one",
            example = "X-Gateway-Webhook-Secret")
        String secretHeader) {

  static WebhookRegistrationResponse of(WebhookEndpoints.Registration registration) {
    return new WebhookRegistrationResponse(
        registration.provider().key(), registration.url(), registration.header());
  }
}
