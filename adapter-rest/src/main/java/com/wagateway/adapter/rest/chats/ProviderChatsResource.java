package com.wagateway.adapter.rest.chats;

import com.wagateway.adapter.rest.validation.ChatIdParam;
import com.wagateway.application.chat.ManageChats;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The chats as the provider's phone keeps them. Distinct from {@code /chats}, the conversations the
 * gateway itself recorded: these come from the provider on each request, with the tenant's settings
 * on each chat (pinned, archived, muted), and include chats the gateway never saw.
 */
@Path("/v1/tenants/{tenantId}/provider-chats")
@Tag(name = "Chats")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderChatsResource {
  private final ManageChats chats;

  public ProviderChatsResource(ManageChats chats) {
    this.chats = chats;
  }

  @GET
  @Operation(
      summary = "List the provider's chats",
      description =
          "The chats on the account's phone, `limit` at a time; pass `nextCursor` back as"
              + " `cursor` for the next page. Whapi: `GET /chats` (`count`/`offset`).")
  public ProviderChatView.PageView listProviderChats(
      @PathParam("tenantId") String tenantId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ManageChats.MAX_PAGE) int limit) {
    return ProviderChatView.PageView.of(chats.list(new TenantId(tenantId), cursor, limit));
  }

  @GET
  @Path("/{chatId}")
  @Operation(
      summary = "Read one of the provider's chats",
      description = "Its kind, last activity and settings. Whapi: `GET /chats/{ChatID}`.")
  public ProviderChatView getProviderChat(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = ChatIdParam.EXAMPLE) @PathParam("chatId") @ChatIdParam String chatId) {
    return ProviderChatView.of(chats.get(new TenantId(tenantId), chatId));
  }
}
