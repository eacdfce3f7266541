package com.wagateway.adapter.rest.conversations;

import com.wagateway.adapter.rest.messages.MessageDetailsResponse;
import com.wagateway.adapter.rest.messages.MessagePageResponse;
import com.wagateway.adapter.rest.messages.MessageQueries;
import com.wagateway.application.conversation.ActOnConversations;
import com.wagateway.application.conversation.ChatSummary;
import com.wagateway.application.conversation.ReadConversations;
import com.wagateway.application.paging.Page;
import com.wagateway.domain.conversation.Presence;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant's conversations as the gateway saw them, for both providers. */
@Path("/v1/tenants/{tenantId}/chats")
@Tag(name = "Conversations")
@Produces(MediaType.APPLICATION_JSON)
public class ChatsResource {
  private final ReadConversations conversations;
  private final ActOnConversations actions;

  public ChatsResource(ReadConversations conversations, ActOnConversations actions) {
    this.conversations = conversations;
    this.actions = actions;
  }

  @POST
  @Path("/{chatId}/read")
  @Operation(
      summary = "Mark a chat read",
      description =
          "Every received message of the chat is read, at the provider (Whapi: `PATCH"
              + " /chats/{ChatID}`) and in the gateway's unread count.")
  @APIResponse(responseCode = "204", description = "Marked read")
  public void markChatRead(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = "573001234567@s.whatsapp.net") @PathParam("chatId") String chatId) {
    actions.markChatRead(new TenantId(tenantId), MessageQueries.chatId(chatId, "chatId"));
  }

  @PUT
  @Path("/{chatId}/presence")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Show typing or recording in a chat",
      description =
          "Shows `typing` or `recording` for `seconds` (0 to 60; 0: until the next message), or"
              + " stops it (`paused`). Whapi: `PUT /presences/{EntryID}`.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "typing",
                      value = "{\"presence\": \"typing\", \"seconds\": 5}")))
  @APIResponse(responseCode = "204", description = "Shown")
  public void showPresence(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = "573001234567@s.whatsapp.net") @PathParam("chatId") String chatId,
      @Valid @NotNull PresenceRequest body) {
    actions.sendPresence(
        new TenantId(tenantId),
        MessageQueries.chatId(chatId, "chatId"),
        Presence.valueOf(body.presence().toUpperCase(Locale.ROOT)),
        body.seconds() == null ? 0 : body.seconds());
  }

  /** One conversation: its last message, either direction, and its unread count. */
  @Schema(name = "Chat")
  public record ChatResponse(
      @Schema(example = "573001234567@s.whatsapp.net") String chatId,
      @Schema(description = "direct, group, channel or status", example = "direct") String kind,
      MessageDetailsResponse lastMessage,
      @Schema(
              description =
                  "Received messages newer than anything the tenant sent in this chat, not"
                      + " marked read",
              example = "2")
          int unread) {}

  @Schema(name = "ChatPage")
  public record ChatPageResponse(List<ChatResponse> items, String nextCursor) {}

  @GET
  @Operation(
      summary = "List conversations",
      description =
          "Every chat the gateway sent to or received from, the most recently active first,"
              + " with its last message and unread count. Built from what the gateway saw, so"
              + " it works on every provider.")
  public ChatPageResponse listChats(
      @PathParam("tenantId") String tenantId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ReadConversations.MAX_PAGE) int limit) {
    Page<ChatSummary> page = conversations.chats(new TenantId(tenantId), cursor, limit);
    return new ChatPageResponse(
        page.items().stream()
            .map(
                c ->
                    new ChatResponse(
                        c.chatId(),
                        c.kind().key(),
                        c.lastMessage() == null
                            ? null
                            : MessageDetailsResponse.of(c.lastMessage(), tenantId),
                        c.unread()))
            .toList(),
        page.nextCursor());
  }

  @GET
  @Path("/{chatId}/messages")
  @Operation(
      summary = "Read one conversation",
      description =
          "The chat's messages, sent and received, newest first; `chatId` is a chat id"
              + " (`...@s.whatsapp.net`, `...@g.us`) or a phone number.")
  public MessagePageResponse listChatMessages(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = "573001234567@s.whatsapp.net") @PathParam("chatId") String chatId,
      @Parameter(description = "in (received) or out (sent)") @QueryParam("direction")
          String direction,
      @Parameter(description = "A message type") @QueryParam("type") String type,
      @Parameter(description = "At or after (ISO-8601)") @QueryParam("since") String since,
      @Parameter(description = "Before (ISO-8601)") @QueryParam("until") String until,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ReadConversations.MAX_PAGE) int limit) {
    return MessageQueries.list(
        conversations,
        tenantId,
        new MessageQueries.Filters(direction, chatId, type, null, null, since, until),
        cursor,
        limit);
  }
}
