package com.wagateway.adapter.rest.events;

import com.wagateway.adapter.rest.validation.QueryValues;
import com.wagateway.application.outbound.Delivery;
import com.wagateway.application.outbound.DeliveryQuery;
import com.wagateway.application.outbound.DeliveryState;
import com.wagateway.application.outbound.ManageSubscriptions;
import com.wagateway.application.paging.Page;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The outbox as the tenant sees it: every delivery, its attempts, and replay. */
@Path("/v1/tenants/{tenantId}/deliveries")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveriesResource {
  private final ManageSubscriptions subscriptions;

  public DeliveriesResource(ManageSubscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @GET
  @Operation(
      summary = "List webhook deliveries",
      description =
          "Newest first, filtered by state (PENDING, DELIVERED, DEAD) and subscription; pass"
              + " `nextCursor` back as `cursor`. DEAD deliveries are the dead letters: replay them"
              + " once the receiver is fixed.")
  public DeliveryPageResponse listDeliveries(
      @PathParam("tenantId") String tenantId,
      @Parameter(description = "PENDING, DELIVERED or DEAD") @QueryParam("state") String state,
      @QueryParam("subscriptionId") @Size(max = 64) String subscriptionId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ManageSubscriptions.MAX_PAGE)
          int limit) {
    Page<Delivery> page =
        subscriptions.deliveries(
            new TenantId(tenantId),
            new DeliveryQuery(
                QueryValues.oneOf(DeliveryState.class, state, "state"), subscriptionId),
            cursor,
            limit);
    return new DeliveryPageResponse(
        page.items().stream().map(DeliveryResponse::summary).toList(), page.nextCursor());
  }

  @GET
  @Path("/{deliveryId}")
  @Operation(
      summary = "Read a webhook delivery",
      description = "Its state, the body as posted and every attempt with the receiver's answer.")
  public DeliveryResponse getDelivery(
      @PathParam("tenantId") String tenantId,
      @PathParam("deliveryId") @Size(max = 64) String deliveryId) {
    return DeliveryResponse.detailed(subscriptions.delivery(new TenantId(tenantId), deliveryId));
  }

  @POST
  @Path("/{deliveryId}/replay")
  @Operation(
      summary = "Replay a webhook delivery",
      description =
          "Queues the delivery again, due now, with a fresh budget of attempts, whatever its"
              + " state; it keeps its `webhook-id`, so a receiver that already has it can drop it.")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
  public Response replayDelivery(
      @PathParam("tenantId") String tenantId,
      @PathParam("deliveryId") @Size(max = 64) String deliveryId) {
    return Response.accepted(
            DeliveryResponse.detailed(subscriptions.replay(new TenantId(tenantId), deliveryId)))
        .build();
  }
}
