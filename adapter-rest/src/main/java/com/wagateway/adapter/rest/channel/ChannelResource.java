package com.wagateway.adapter.rest.channel;

import com.wagateway.adapter.rest.channel.ChannelViews.EventsResponse;
import com.wagateway.adapter.rest.channel.ChannelViews.LimitsResponse;
import com.wagateway.application.channel.ManageChannel;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's channel at its provider, beyond its status ({@code /instance}) and settings ({@code
 * /settings}): trial limits, the events a webhook can carry, a test event.
 */
@Path("/v1/tenants/{tenantId}/channel")
@Tag(name = "Channel")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelResource {
  private final ManageChannel channel;

  public ChannelResource(ManageChannel channel) {
    this.channel = channel;
  }

  @GET
  @Path("/limits")
  @Operation(
      summary = "Read the channel's limits",
      description =
          "A trial channel's limits: messages, the chats it may write to, number checks and"
              + " requests. A channel without limits answers `limited: false`.")
  @APIResponse(
      responseCode = "200",
      description = "The limits",
      content =
          @Content(
              examples = {
                @ExampleObject(
                    name = "trial",
                    value =
                        "{\"limited\": true, \"messages\": 100, \"chats\":"
                            + " [\"573001234567@s.whatsapp.net\"], \"checks\": 100, \"requests\":"
                            + " 1000}"),
                @ExampleObject(name = "no limits", value = "{\"limited\": false}")
              }))
  public LimitsResponse readLimits(@PathParam("tenantId") String tenantId) {
    return LimitsResponse.of(channel.limits(new TenantId(tenantId)));
  }

  @GET
  @Path("/events")
  @Operation(
      summary = "List the webhook events",
      description =
          "The events the provider can notify a webhook of, each with the HTTP method it arrives"
              + " with.")
  @APIResponse(
      responseCode = "200",
      description = "The events",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "two events",
                      value =
                          "{\"items\": [{\"type\": \"messages\", \"method\": \"post\"},"
                              + " {\"type\": \"statuses\", \"method\": \"put\"}]}")))
  public EventsResponse listEvents(@PathParam("tenantId") String tenantId) {
    return EventsResponse.of(channel.events(new TenantId(tenantId)));
  }

  @POST
  @Path("/webhook-test")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Send a test event to a URL",
      description =
          "The provider sends one test event of the type given to the URL, in the request body."
              + " Nothing is subscribed; each call sends one more event.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "messages",
                      value =
                          "{\"url\": \"https://hooks.example.com/whatsapp\", \"eventType\":"
                              + " \"messages\"}")))
  @APIResponse(responseCode = "204", description = "The provider sent the test event")
  public void testWebhook(
      @PathParam("tenantId") String tenantId, @Valid @NotNull WebhookTestRequest body) {
    channel.testWebhook(new TenantId(tenantId), body.toProbe());
  }
}
