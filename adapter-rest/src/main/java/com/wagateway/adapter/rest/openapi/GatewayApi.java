package com.wagateway.adapter.rest.openapi;

import com.wagateway.adapter.rest.events.EventEnvelope;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's identity in OpenAPI: title, version, tags and the Bearer key scheme. */
@OpenAPIDefinition(
    info =
        @Info(
            title = "WhatsApp gateway",
            version = "1",
            description =
                "One API for many WhatsApp numbers (tenants), whichever provider each one is on"
                    + " (Whapi.Cloud or API WhatsApp Web). Authenticate with `Authorization: Bearer"
                    + " <api-key>`: the admin key reaches every tenant, a tenant key only its own."
                    + " Errors are RFC 9457 problems with a stable `code`."),
    tags = {
      @Tag(name = "Messages", description = "Send every kind of WhatsApp message"),
      @Tag(
          name = "Conversations",
          description = "Chats and their messages, sent and received, on every provider"),
      @Tag(
          name = "Chats",
          description =
              "The provider's chats: list and read them; archive, pin, mute, mark unread, set"
                  + " disappearing messages, delete"),
      @Tag(
          name = "Presence",
          description =
              "Presence: the account's own online/offline, other chats' after subscribing"),
      @Tag(
          name = "Provider messages",
          description =
              "The provider's message history: list and read it; forward, star, pin a message,"
                  + " take the account's reaction off"),
      @Tag(
          name = "Groups",
          description =
              "WhatsApp groups: create, read and change them, their members and admins, invite"
                  + " links and join requests"),
      @Tag(name = "Profile", description = "The WhatsApp business profile and settings"),
      @Tag(
          name = "Instance",
          description =
              "The WhatsApp session: state, QR or pairing-code login, logout, account information"),
      @Tag(
          name = "Media",
          description = "Files in the provider's media store: download, upload, list, delete"),
      @Tag(
          name = "Labels",
          description =
              "WhatsApp Business labels: list, create, put on and take off chats and messages"),
      @Tag(name = "Capabilities", description = "What the tenant's provider supports"),
      @Tag(
          name = "Admin: tenants",
          description = "Operators: tenants, keys, providers (admin key)"),
      @Tag(name = "Admin: audit", description = "Operators: who changed what (admin key)")
    },
    security = @SecurityRequirement(name = GatewayApi.API_KEY),
    // The events posted to subscribers: no endpoint returns them, so they are named here.
    components =
        @Components(schemas = @Schema(name = "WebhookEvent", implementation = EventEnvelope.class)))
@SecurityScheme(
    securitySchemeName = GatewayApi.API_KEY,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "The admin key or the tenant's API key")
public class GatewayApi extends Application {
  public static final String API_KEY = "apiKey";
}
