package com.wagateway.adapter.rest.webhook;

import com.wagateway.application.webhook.ReceiveWebhook;
import com.wagateway.application.webhook.WebhookRoutes;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the providers deliver their webhooks. Authenticated by the tenant's webhook secret, not by
 * an API key: Whapi sends it in a header it is configured to add, API WhatsApp Web (which cannot
 * add headers) in the path.
 */
@Path(WebhookRoutes.BASE)
@Tag(name = "Webhooks (providers)")
@SecurityRequirements
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {
  public static final String SECRET_HEADER = WebhookRoutes.SECRET_HEADER;
  private final ReceiveWebhook receive;

  public WebhooksResource(ReceiveWebhook receive) {
    this.receive = receive;
  }

  @POST
  @Path(WebhookRoutes.WHAPI + "/{tenantId}")
  @Operation(
      summary = "Receive a Whapi webhook",
      description =
          "For Whapi only: messages, statuses, channel and users events. Each event is"
              + " stored once; a redelivery is answered 200 and dropped.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "status read",
                      value =
                          "{\"statuses\": [{\"id\": \"PsqXn5SAD5v7HRA-wHqB9tw\", \"status\": \"read\","
                              + " \"recipient_id\": \"573001234567@s.whatsapp.net\", \"timestamp\":"
                              + " \"1763836200\"}], \"event\": {\"type\": \"statuses\", \"event\":"
                              + " \"post\"}, \"channel_id\": \"CHANNEL-1\"}")))
  @APIResponse(responseCode = "200", description = "Stored (or already stored)")
  @APIResponse(responseCode = "401", description = "Missing or wrong webhook secret")
  public WebhookReceipt whapi(
      @PathParam("tenantId") String tenantId,
      @HeaderParam(SECRET_HEADER) String secret,
      String payload) {
    return WebhookReceipt.of(
        receive.receive(ProviderId.WHAPI, new TenantId(tenantId), secret, payload));
  }

  @POST
  @Path(WebhookRoutes.API_WHATSAPP_WEB + "/{tenantId}/{secret}")
  @Operation(
      summary = "Receive an API WhatsApp Web webhook",
      description =
          "For API WhatsApp Web only: the secret is the last path segment. The"
              + " documented \"sent\" webhook updates the message; anything else is stored raw.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "sent",
                      value =
                          "{\"message\": \"ok\", \"messageSent\": \"Hello\", \"number\":"
                              + " \"573001234567\", \"messageId\": \"3EB0C767D26A1D5B\"}")))
  @APIResponse(responseCode = "200", description = "Stored (or already stored)")
  @APIResponse(responseCode = "401", description = "Wrong webhook secret")
  public WebhookReceipt apiWhatsAppWeb(
      @PathParam("tenantId") String tenantId, @PathParam("secret") String secret, String payload) {
    return WebhookReceipt.of(
        receive.receive(ProviderId.APIWHATSAPPWEB, new TenantId(tenantId), secret, payload));
  }
}
