package com.wagateway.adapter.rest.presence;

import com.wagateway.adapter.rest.presence.PresenceViews.ChatPresenceResponse;
import com.wagateway.adapter.rest.presence.PresenceViews.OwnPresenceRequest;
import com.wagateway.adapter.rest.validation.ChatIdParam;
import com.wagateway.application.presence.ManagePresence;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.presence.OwnPresence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Presence: the account's own ({@code me}) and other chats', which the provider reports only after
 * a subscription. Typing and recording in a chat stay {@code PUT /chats/{chatId}/presence}.
 */
@Path("/v1/tenants/{tenantId}/presences")
@Tag(name = "Presence")
@Produces(MediaType.APPLICATION_JSON)
public class PresenceResource {
  private final ManagePresence presences;

  public PresenceResource(ManagePresence presences) {
    this.presences = presences;
  }

  @PUT
  @Path("/me")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set the own presence",
      description = "Shows the account online or offline. Whapi: `PUT /presences/me`.")
  @RequestBody(
      content =
          @Content(examples = @ExampleObject(name = "online", value = "{\"state\": \"online\"}")))
  @APIResponse(responseCode = "204", description = "Set")
  public void setOwnPresence(
      @PathParam("tenantId") String tenantId, @Valid @NotNull OwnPresenceRequest body) {
    presences.setOwn(new TenantId(tenantId), OwnPresence.of("state", body.state()));
  }

  @GET
  @Path("/{chatId}")
  @Operation(
      summary = "Read a chat's presence",
      description =
          "State and last-seen time, once subscribed (`POST .../subscription`). Whapi: `GET"
              + " /presences/{EntryID}`.")
  @APIResponse(responseCode = "200", description = "The presence")
  @APIResponse(responseCode = "404", description = "Not subscribed to this chat's presence")
  public ChatPresenceResponse readPresence(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = ChatIdParam.EXAMPLE) @PathParam("chatId") @ChatIdParam String chatId) {
    return ChatPresenceResponse.of(presences.get(new TenantId(tenantId), chatId));
  }

  @POST
  @Path("/{chatId}/subscription")
  @Operation(
      summary = "Subscribe to a chat's presence",
      description =
          "The provider then reports the chat's presence (and sends presence events). Subscribing"
              + " again changes nothing. Whapi: `POST /presences/{EntryID}`.")
  @APIResponse(responseCode = "204", description = "Subscribed")
  public void subscribeToPresence(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = ChatIdParam.EXAMPLE) @PathParam("chatId") @ChatIdParam String chatId) {
    presences.subscribe(new TenantId(tenantId), chatId);
  }
}
