package com.wagateway.adapter.rest.providermessages;

import com.wagateway.adapter.rest.validation.ChatIdParam;
import com.wagateway.adapter.rest.validation.ProviderMessageIdParam;
import com.wagateway.adapter.rest.validation.QueryValues;
import com.wagateway.application.providermessage.ManageProviderMessages;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.providermessage.HistoryFilter;
import com.wagateway.domain.providermessage.PinDuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The message history as the provider's phone keeps it, and the actions on one of its messages by
 * the provider's id. Distinct from {@code /messages}, the gateway's own record of what it sent and
 * received: this history comes from the provider on each request and includes messages the gateway
 * never saw. A state is put ({@code PUT}) and taken off ({@code DELETE}), so repeating either
 * changes nothing.
 */
@Path("/v1/tenants/{tenantId}/provider-messages")
@Tag(name = "Provider messages")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderMessagesResource {
  private static final String ID = "providerMessageId";
  private final ManageProviderMessages messages;

  public ProviderMessagesResource(ManageProviderMessages messages) {
    this.messages = messages;
  }

  @GET
  @Operation(
      summary = "List the provider's message history",
      description =
          "Newest first, `limit` at a time, of one chat (`chatId`) or every chat, sent at or after"
              + " `since` and at or before `until`; pass `nextCursor` back as `cursor` for the next"
              + " page. Whapi: `GET /messages/list` or `GET /messages/list/{ChatID}`"
              + " (`count`/`offset`, `time_from`/`time_to`).")
  @APIResponse(
      responseCode = "200",
      description = "One page of messages",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "one text",
                      value =
                          "{\"items\": [{\"providerMessageId\": \"PsobWy36679._7w-wKmB9tMeGQ\","
                              + " \"chatId\": \"573001234567@s.whatsapp.net\", \"from\":"
                              + " \"573001234567\", \"fromMe\": false, \"timestamp\":"
                              + " \"2024-04-13T08:00:45Z\", \"type\": \"text\", \"text\":"
                              + " \"Hello\", \"status\": \"read\"}], \"nextCursor\": \"MQ\"}")))
  public ProviderMessageView.PageView listProviderMessages(
      @PathParam("tenantId") String tenantId,
      @Parameter(description = "Only this chat's messages", example = ChatIdParam.EXAMPLE)
          @QueryParam("chatId")
          @ChatIdParam
          String chatId,
      @Parameter(description = "At or after (ISO-8601)") @QueryParam("since") String since,
      @Parameter(description = "At or before (ISO-8601)") @QueryParam("until") String until,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ManageProviderMessages.MAX_PAGE)
          int limit) {
    HistoryFilter filter =
        new HistoryFilter(
            chatId, QueryValues.instant(since, "since"), QueryValues.instant(until, "until"));
    return ProviderMessageView.PageView.of(
        messages.list(new TenantId(tenantId), filter, cursor, limit));
  }

  @GET
  @Path("/{providerMessageId}")
  @Operation(
      summary = "Read one of the provider's messages",
      description = "`404` when the provider does not know it. Whapi: `GET /messages/{MessageID}`.")
  public ProviderMessageView getProviderMessage(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = ProviderMessageIdParam.EXAMPLE) @PathParam(ID) @ProviderMessageIdParam
          String providerMessageId) {
    return ProviderMessageView.of(messages.get(new TenantId(tenantId), providerMessageId));
  }

  @POST
  @Path("/{providerMessageId}/forward")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Forward a message to another chat",
      description =
          "The provider sends it; the gateway does not record it among its sent messages. Not"
              + " repeated after a failure unless the provider was never reached. Whapi: `POST"
              + " /messages/{MessageID}`.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "to a group",
                      value = "{\"to\": \"120363012345678901@g.us\"}")))
  @APIResponse(responseCode = "200", description = "Forwarded; the new message's provider id")
  public ProviderMessageRequests.Forwarded forwardProviderMessage(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = ProviderMessageIdParam.EXAMPLE) @PathParam(ID) @ProviderMessageIdParam
          String providerMessageId,
      @Valid @NotNull ProviderMessageRequests.Forward body) {
    return ProviderMessageRequests.Forwarded.of(
        messages.forward(new TenantId(tenantId), providerMessageId, body.to()));
  }

  @PUT
  @Path("/{providerMessageId}/star")
  @Operation(summary = "Star a message", description = "Whapi: `PUT /messages/{MessageID}/star`.")
  @APIResponse(responseCode = "204", description = "Starred")
  public void starProviderMessage(
      @PathParam("tenantId") String tenantId,
      @PathParam(ID) @ProviderMessageIdParam String providerMessageId) {
    messages.star(new TenantId(tenantId), providerMessageId, true);
  }

  @DELETE
  @Path("/{providerMessageId}/star")
  @Operation(
      summary = "Unstar a message",
      description = "Whapi: `PUT /messages/{MessageID}/star` (`starred`: false).")
  @APIResponse(responseCode = "204", description = "Unstarred")
  public void unstarProviderMessage(
      @PathParam("tenantId") String tenantId,
      @PathParam(ID) @ProviderMessageIdParam String providerMessageId) {
    messages.star(new TenantId(tenantId), providerMessageId, false);
  }

  @PUT
  @Path("/{providerMessageId}/pin")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Pin a message in its chat",
      description =
          "For a day, a week or a month, the durations WhatsApp offers. Whapi: `POST"
              + " /messages/{MessageID}/pin` (`time`).")
  @RequestBody(
      content =
          @Content(examples = @ExampleObject(name = "a week", value = "{\"duration\": \"week\"}")))
  @APIResponse(responseCode = "204", description = "Pinned")
  public void pinProviderMessage(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = ProviderMessageIdParam.EXAMPLE) @PathParam(ID) @ProviderMessageIdParam
          String providerMessageId,
      @Valid @NotNull ProviderMessageRequests.Pin body) {
    messages.pin(
        new TenantId(tenantId),
        providerMessageId,
        QueryValues.oneOf(PinDuration.class, body.duration(), "duration"));
  }

  @DELETE
  @Path("/{providerMessageId}/pin")
  @Operation(
      summary = "Unpin a message",
      description = "Whapi: `DELETE /messages/{MessageID}/pin`.")
  @APIResponse(responseCode = "204", description = "Unpinned")
  public void unpinProviderMessage(
      @PathParam("tenantId") String tenantId,
      @PathParam(ID) @ProviderMessageIdParam String providerMessageId) {
    messages.unpin(new TenantId(tenantId), providerMessageId);
  }

  @DELETE
  @Path("/{providerMessageId}/reaction")
  @Operation(
      summary = "Take the account's reaction off a message",
      description = "Whapi: `DELETE /messages/{MessageID}/reaction`.")
  @APIResponse(responseCode = "204", description = "No reaction of the account's")
  public void removeProviderMessageReaction(
      @PathParam("tenantId") String tenantId,
      @PathParam(ID) @ProviderMessageIdParam String providerMessageId) {
    messages.removeReaction(new TenantId(tenantId), providerMessageId);
  }
}
