package com.wagateway.adapter.rest.conversations;

import com.wagateway.application.conversation.ActOnConversations;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contacts: which phone numbers have WhatsApp. */
@Path("/v1/tenants/{tenantId}/contacts")
@Tag(name = "Conversations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ContactsResource {
  private final ActOnConversations actions;

  public ContactsResource(ActOnConversations actions) {
    this.actions = actions;
  }

  /** One number's answer. */
  @Schema(name = "NumberCheck")
  public record NumberCheckResponse(
      @Schema(description = "The number as digits, country code first", example = "573001234567")
          String input,
      boolean onWhatsApp,
      @Schema(description = "Where to write to it, when it has WhatsApp") String chatId) {}

  @Schema(name = "NumberCheckResult")
  public record CheckNumbersResponse(List<NumberCheckResponse> results) {}

  @POST
  @Path("/check")
  @Operation(
      summary = "Check which numbers have WhatsApp",
      description =
          "Up to 50 numbers at once, answered in the order given. Whapi: `POST /contacts`; API"
              + " WhatsApp Web has no such endpoint (501).")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "two numbers",
                      value = "{\"phones\": [\"+57 300 123 4567\", \"+1 555 010 0199\"]}")))
  public CheckNumbersResponse checkNumbers(
      @PathParam("tenantId") String tenantId, @Valid @NotNull CheckNumbersRequest body) {
    return new CheckNumbersResponse(
        actions.checkNumbers(new TenantId(tenantId), body.phones()).stream()
            .map(c -> new NumberCheckResponse(c.input(), c.onWhatsApp(), c.chatId()))
            .toList());
  }
}
