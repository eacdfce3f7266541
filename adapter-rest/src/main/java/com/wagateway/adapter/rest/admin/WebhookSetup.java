package com.wagateway.adapter.rest.admin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to configure the providers' webhooks. */
@Schema(name = "WebhookSetup")
public record WebhookSetup(
    @Schema(description = "Whapi: webhook URL path") String whapiPath,
    @Schema(description = "Whapi: header to add to its webhook calls") String whapiHeader,
    @Schema(description = "Whapi: value of that header") String whapiSecret,
    @Schema(description = "API WhatsApp Web: webhook URL path, secret included")
        String apiWhatsAppWebPath) {}
