package com.wagateway.adapter.rest.events;

import com.wagateway.application.outbound.ManageSubscriptions;
import com.wagateway.application.outbound.Subscription;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant's receivers of events: the gateway posts each event to them, signed. */
@Path("/v1/tenants/{tenantId}/subscriptions")
@Tag(name = "Events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {
  private final ManageSubscriptions subscriptions;

  public SubscriptionsResource(ManageSubscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @POST
  @Operation(
      summary = "Subscribe to events",
      description =
          "The gateway will POST every event of the chosen types to `url`, signed the Standard"
              + " Webhooks way (`webhook-id`, `webhook-timestamp`, `webhook-signature`), retrying"
              + " with backoff until the receiver answers 2xx. The secret is returned only here.")
  @RequestBody(
      content =
          @Content(
              examples = {
                @ExampleObject(
                    name = "generated secret",
                    value =
                        "{\"url\": \"https://crm.example.com/hooks/whatsapp\", \"events\":"
                            + " [\"message.received\", \"message.status\"]}"),
                @ExampleObject(
                    name = "own secret",
                    value =
                        "{\"url\": \"https://crm.example.com/hooks/whatsapp\", \"events\":"
                            + " [\"instance.status\"], \"secret\":"
                            + " \"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\"}")
              }))
  @APIResponse(
      responseCode = "201",
      description = "Subscribed; `secret` is shown only now",
      content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
  public Response subscribe(
      @PathParam("tenantId") String tenantId, @Valid @NotNull SubscriptionRequest body) {
    Subscription created =
        subscriptions.subscribe(new TenantId(tenantId), body.url(), body.events(), body.secret());
    return Response.created(
            URI.create("/v1/tenants/" + tenantId + "/subscriptions/" + created.id()))
        .entity(SubscriptionResponse.of(created, true))
        .build();
  }

  @GET
  @Operation(
      summary = "List subscriptions",
      description = "The tenant's subscriptions, oldest first.")
  public SubscriptionListResponse listSubscriptions(@PathParam("tenantId") String tenantId) {
    return new SubscriptionListResponse(
        subscriptions.list(new TenantId(tenantId)).stream()
            .map(s -> SubscriptionResponse.of(s, false))
            .toList());
  }

  @GET
  @Path("/{subscriptionId}")
  @Operation(
      summary = "Read a subscription",
      description = "Its URL and event types; never its secret.")
  public SubscriptionResponse getSubscription(
      @PathParam("tenantId") String tenantId,
      @PathParam("subscriptionId") @Size(max = 64) String subscriptionId) {
    return SubscriptionResponse.of(
        subscriptions.get(new TenantId(tenantId), subscriptionId), false);
  }

  @DELETE
  @Path("/{subscriptionId}")
  @Operation(
      summary = "Unsubscribe",
      description =
          "Stops deliveries to this receiver; its deliveries and their history go with it.")
  @APIResponse(responseCode = "204", description = "Unsubscribed")
  public void unsubscribe(
      @PathParam("tenantId") String tenantId,
      @PathParam("subscriptionId") @Size(max = 64) String subscriptionId) {
    subscriptions.unsubscribe(new TenantId(tenantId), subscriptionId);
  }
}
