package com.wagateway.adapter.rest.profile;

import com.wagateway.application.profile.ManageProfile;
import com.wagateway.application.webhook.WebhookEndpoints;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's WhatsApp settings. */
@Path("/v1/tenants/{tenantId}/settings")
@Tag(name = "Profile")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
  private final ManageProfile profiles;
  private final WebhookEndpoints webhooks;
  private final Optional<URI> publicUrl;

  public SettingsResource(
      ManageProfile profiles,
      WebhookEndpoints webhooks,
      @ConfigProperty(name = "gateway.public-url") Optional<URI> publicUrl) {
    this.profiles = profiles;
    this.webhooks = webhooks;
    this.publicUrl = publicUrl;
  }

  @GET
  @Path("/auto-read")
  @Operation(
      summary = "Read the auto-read setting",
      description = "Whether incoming messages are marked as read automatically.")
  public AutoReadRequest autoRead(@PathParam("tenantId") String tenantId) {
    return new AutoReadRequest(profiles.autoRead(new TenantId(tenantId)));
  }

  @PUT
  @Path("/webhook")
  @Operation(
      summary = "Point the provider's webhooks at the gateway",
      description =
          "Registers the gateway's webhook URL for this tenant with its provider (Whapi: its"
              + " channel webhooks, with the secret header; API WhatsApp Web: its sent, receive,"
              + " status, connected and disconnected webhooks, in that order, HTTPS only; the first"
              + " failure stops the rest and its problem detail says which kinds were registered,"
              + " and registering again is safe). The URL is built from `gateway.public-url`, or from the"
              + " address this request came to when that is not set. Run it again after"
              + " switching the tenant's provider.")
  @APIResponse(
      responseCode = "200",
      description = "Registered",
      content = @Content(schema = @Schema(implementation = WebhookRegistrationResponse.class)))
  public WebhookRegistrationResponse registerWebhook(
      @PathParam("tenantId") String tenantId, @Context UriInfo request) {
    URI base = publicUrl.orElseGet(request::getBaseUri);
    return WebhookRegistrationResponse.of(webhooks.register(new TenantId(tenantId), base));
  }

  @PUT
  @Path("/auto-read")
  @Operation(
      summary = "Turn auto-read on or off",
      description =
          "Whether incoming messages are marked as read automatically. API WhatsApp Web does it"
              + " itself; for Whapi, which has no such setting, the gateway marks each incoming"
              + " message read when its webhook arrives.")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "on", value = "{\"enabled\": true}")))
  @APIResponse(responseCode = "204", description = "Setting changed")
  public void setAutoRead(
      @PathParam("tenantId") String tenantId, @Valid @NotNull AutoReadRequest body) {
    profiles.setAutoRead(new TenantId(tenantId), body.enabled());
  }
}
