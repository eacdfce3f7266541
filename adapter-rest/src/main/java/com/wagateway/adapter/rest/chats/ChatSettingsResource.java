package com.wagateway.adapter.rest.chats;

import com.wagateway.adapter.rest.validation.ChatIdParam;
import com.wagateway.application.chat.ManageChats;
import com.wagateway.domain.chat.DisappearingTimer;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * The tenant's settings on one chat at the provider, as sub-resources of the chat: a state is put
 * ({@code PUT}) and taken off ({@code DELETE}), so repeating either changes nothing. Marking read
 * stays {@code POST /chats/{chatId}/read} (Conversations), which also clears the gateway's count.
 */
@Path("/v1/tenants/{tenantId}/chats/{chatId}")
@Tag(name = "Chats")
@Produces(MediaType.APPLICATION_JSON)
public class ChatSettingsResource {
  private final ManageChats chats;

  public ChatSettingsResource(ManageChats chats) {
    this.chats = chats;
  }

  @PUT
  @Path("/archive")
  @Operation(summary = "Archive a chat", description = "Whapi: `POST /chats/{ChatID}`.")
  @APIResponse(responseCode = "204", description = "Archived")
  public void archiveChat(
      @PathParam("tenantId") String tenantId, @PathParam("chatId") @ChatIdParam String chatId) {
    chats.archive(new TenantId(tenantId), chatId, true);
  }

  @DELETE
  @Path("/archive")
  @Operation(summary = "Unarchive a chat", description = "Whapi: `POST /chats/{ChatID}`.")
  @APIResponse(responseCode = "204", description = "Unarchived")
  public void unarchiveChat(
      @PathParam("tenantId") String tenantId, @PathParam("chatId") @ChatIdParam String chatId) {
    chats.archive(new TenantId(tenantId), chatId, false);
  }

  @PUT
  @Path("/pin")
  @Operation(summary = "Pin a chat", description = "Whapi: `PATCH /chats/{ChatID}` (`pin`).")
  @APIResponse(responseCode = "204", description = "Pinned")
  public void pinChat(
      @PathParam("tenantId") String tenantId, @PathParam("chatId") @ChatIdParam String chatId) {
    chats.pin(new TenantId(tenantId), chatId, true);
  }

  @DELETE
  @Path("/pin")
  @Operation(summary = "Unpin a chat", description = "Whapi: `PATCH /chats/{ChatID}` (`pin`).")
  @APIResponse(responseCode = "204", description = "Unpinned")
  public void unpinChat(
      @PathParam("tenantId") String tenantId, @PathParam("chatId") @ChatIdParam String chatId) {
    chats.pin(new TenantId(tenantId), chatId, false);
  }

  @PUT
  @Path("/mute")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Mute a chat",
      description = "Until the moment given. Whapi: `PATCH /chats/{ChatID}` (`mute_until`).")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "until May",
                      value = "{\"until\": \"2027-05-14T10:00:00Z\"}")))
  @APIResponse(responseCode = "204", description = "Muted")
  public void muteChat(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = ChatIdParam.EXAMPLE) @PathParam("chatId") @ChatIdParam String chatId,
      @Valid @NotNull ChatSettingsRequests.Mute body) {
    chats.mute(new TenantId(tenantId), chatId, body.until());
  }

  @DELETE
  @Path("/mute")
  @Operation(
      summary = "Unmute a chat",
      description = "Whapi: `PATCH /chats/{ChatID}` (`mute_until`: 0).")
  @APIResponse(responseCode = "204", description = "Unmuted")
  public void unmuteChat(
      @PathParam("tenantId") String tenantId, @PathParam("chatId") @ChatIdParam String chatId) {
    chats.unmute(new TenantId(tenantId), chatId);
  }

  @POST
  @Path("/unread")
  @Operation(
      summary = "Mark a chat unread",
      description =
          "Puts the unread mark on the chat at the provider; reading it (`POST .../read`) takes it"
              + " off. Whapi: `PATCH /chats/{ChatID}` (`mark_unread`).")
  @APIResponse(responseCode = "204", description = "Marked unread")
  public void markChatUnread(
      @PathParam("tenantId") String tenantId, @PathParam("chatId") @ChatIdParam String chatId) {
    chats.markUnread(new TenantId(tenantId), chatId);
  }

  @PUT
  @Path("/disappearing")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set disappearing messages",
      description =
          "How long new messages of the chat stay; `off` keeps them. Whapi: `PATCH"
              + " /chats/{ChatID}` (`ephemeral`, `none` for off).")
  @RequestBody(
      content =
          @Content(examples = @ExampleObject(name = "a week", value = "{\"timer\": \"week\"}")))
  @APIResponse(responseCode = "204", description = "Set")
  public void setDisappearing(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = ChatIdParam.EXAMPLE) @PathParam("chatId") @ChatIdParam String chatId,
      @Valid @NotNull ChatSettingsRequests.Disappearing body) {
    chats.setDisappearing(
        new TenantId(tenantId), chatId, DisappearingTimer.of("timer", body.timer()));
  }

  @DELETE
  @Operation(
      summary = "Delete a chat",
      description =
          "Deletes the chat from the account's phone; the gateway's own record of the"
              + " conversation stays. Whapi: `DELETE /chats/{ChatID}`.")
  @APIResponse(responseCode = "204", description = "Deleted")
  public void deleteChat(
      @PathParam("tenantId") String tenantId, @PathParam("chatId") @ChatIdParam String chatId) {
    chats.delete(new TenantId(tenantId), chatId);
  }
}
