package com.wagateway.adapter.rest.labels;

import com.wagateway.adapter.rest.validation.ChatIdParam;
import com.wagateway.adapter.rest.validation.ProviderMessageIdParam;
import com.wagateway.application.label.ManageLabels;
import com.wagateway.domain.label.LabelId;
import com.wagateway.domain.label.NewLabel;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's WhatsApp Business labels, on the chats and messages that carry them. */
@Path("/v1/tenants/{tenantId}/labels")
@Tag(name = "Labels")
@Produces(MediaType.APPLICATION_JSON)
public class LabelsResource {
  private final ManageLabels labels;

  public LabelsResource(ManageLabels labels) {
    this.labels = labels;
  }

  @GET
  @Operation(
      summary = "List labels",
      description = "Every label of the account, with how many chats and messages carry each.")
  @APIResponse(
      responseCode = "200",
      description = "The labels",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "two labels",
                      value =
                          "{\"items\": [{\"labelId\": \"1\", \"name\": \"New customer\", \"color\":"
                              + " \"lightskyblue\", \"count\": 4}, {\"labelId\": \"7\", \"name\":"
                              + " \"VIP customer\", \"color\": \"gold\", \"count\": 1}]}")))
  public LabelResponse.ListResponse listLabels(@PathParam("tenantId") String tenantId) {
    return new LabelResponse.ListResponse(
        labels.list(new TenantId(tenantId)).stream().map(LabelResponse::of).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a label", description = "Adds a label under the id given.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "VIP",
                      value =
                          "{\"labelId\": \"7\", \"name\": \"VIP customer\", \"color\": \"gold\"}")))
  @APIResponse(responseCode = "201", description = "Created; Location is the label")
  public Response createLabel(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull CreateLabelRequest body,
      @Context UriInfo request) {
    NewLabel label = body.toLabel();
    labels.create(new TenantId(tenantId), label);
    return Response.created(request.getAbsolutePathBuilder().path(label.id().value()).build())
        .entity(new LabelResponse(label.id().value(), label.name(), label.color().key(), 0))
        .build();
  }

  @GET
  @Path("/{labelId}")
  @Operation(
      summary = "What carries a label",
      description =
          "The chats and the messages that carry the label; messages by the provider's id (the"
              + " `providerMessageId` of the gateway's messages).")
  @APIResponse(
      responseCode = "200",
      description = "The chats and messages",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "one chat, one message",
                      value =
                          "{\"labelId\": \"7\", \"chats\": [{\"chatId\":"
                              + " \"573001234567@s.whatsapp.net\", \"name\": \"Ana\", \"type\":"
                              + " \"contact\"}], \"messages\": [{\"providerMessageId\":"
                              + " \"PsobWy36679._7w-wKmB9tMeGQ\", \"chatId\":"
                              + " \"573001234567@s.whatsapp.net\", \"type\": \"text\", \"fromMe\":"
                              + " false, \"timestamp\": \"2026-03-01T14:05:00Z\"}]}")))
  public LabelledResponse readLabel(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = "7") @PathParam("labelId") @LabelIds.Label String labelId) {
    return LabelledResponse.of(
        labelId, labels.labelled(new TenantId(tenantId), new LabelId(labelId)));
  }

  @PUT
  @Path("/{labelId}/chats/{chatId}")
  @Operation(
      summary = "Put a label on a chat",
      description = "Idempotent: a chat that has the label already answers 204 too.")
  @APIResponse(responseCode = "204", description = "The chat has the label")
  public void labelChat(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = "7") @PathParam("labelId") @LabelIds.Label String labelId,
      @Parameter(example = "573001234567@s.whatsapp.net") @PathParam("chatId") @ChatIdParam
          String chatId) {
    labels.labelChat(new TenantId(tenantId), new LabelId(labelId), chatId);
  }

  @DELETE
  @Path("/{labelId}/chats/{chatId}")
  @Operation(
      summary = "Take a label off a chat",
      description = "A chat that does not carry the label answers 404, as the provider says.")
  @APIResponse(responseCode = "204", description = "The chat no longer has the label")
  public void unlabelChat(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = "7") @PathParam("labelId") @LabelIds.Label String labelId,
      @Parameter(example = "573001234567@s.whatsapp.net") @PathParam("chatId") @ChatIdParam
          String chatId) {
    labels.unlabelChat(new TenantId(tenantId), new LabelId(labelId), chatId);
  }

  @PUT
  @Path("/{labelId}/messages/{providerMessageId}")
  @Operation(
      summary = "Put a label on a message",
      description =
          "The message by the provider's id (`providerMessageId`). Idempotent, as for chats.")
  @APIResponse(responseCode = "204", description = "The message has the label")
  public void labelMessage(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = "7") @PathParam("labelId") @LabelIds.Label String labelId,
      @Parameter(example = "PsobWy36679._7w-wKmB9tMeGQ")
          @PathParam("providerMessageId")
          @ProviderMessageIdParam
          String providerMessageId) {
    labels.labelMessage(new TenantId(tenantId), new LabelId(labelId), providerMessageId);
  }

  @DELETE
  @Path("/{labelId}/messages/{providerMessageId}")
  @Operation(
      summary = "Take a label off a message",
      description =
          "The message by the provider's id (`providerMessageId`); one that does not carry the"
              + " label answers 404, as the provider says.")
  @APIResponse(responseCode = "204", description = "The message no longer has the label")
  public void unlabelMessage(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = "7") @PathParam("labelId") @LabelIds.Label String labelId,
      @Parameter(example = "PsobWy36679._7w-wKmB9tMeGQ")
          @PathParam("providerMessageId")
          @ProviderMessageIdParam
          String providerMessageId) {
    labels.unlabelMessage(new TenantId(tenantId), new LabelId(labelId), providerMessageId);
  }
}
