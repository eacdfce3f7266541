package com.wagateway.adapter.rest.messages;

import static com.wagateway.adapter.rest.messages.MessagesResource.IDEMPOTENCY_KEY;

import com.wagateway.application.messaging.SendMessage;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.message.OutboundMessage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The send types added by issue 14 (GIF, short video, live location, contact list, carousel,
 * event): the same path, send path and guarantees as {@link MessagesResource}, in a class of their
 * own so that neither grows past reading size.
 */
@Path("/v1/tenants/{tenantId}/messages")
@Tag(name = "Messages")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RichMessagesResource {
  private static final String MEDIA_NOTE =
      " The media is exactly one of a public `url`, inline `base64` with its `mimeType`, or the"
          + " `id` of media in the provider's store.";

  private final SendMessage sendMessage;

  public RichMessagesResource(SendMessage sendMessage) {
    this.sendMessage = sendMessage;
  }

  @POST
  @Path("/gif")
  @Operation(
      summary = "Send a GIF",
      description =
          "Sends an MP4 that plays as a looping GIF, with an optional caption." + MEDIA_NOTE)
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "gif", value = RichExamples.GIF)))
  public CompletionStage<MessageResponse> gif(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull MediaMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(MessageType.GIF), idempotencyKey);
  }

  @POST
  @Path("/short")
  @Operation(
      summary = "Send a short video note",
      description =
          "Sends an MP4 shown as a round video note (\"PTV\"); no caption, no file name."
              + MEDIA_NOTE)
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "short", value = RichExamples.SHORT)))
  public CompletionStage<MessageResponse> shortVideo(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull MediaMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(MessageType.SHORT), idempotencyKey);
  }

  @POST
  @Path("/live-location")
  @Operation(
      summary = "Send a live location",
      description =
          "Sends a position with its accuracy (metres), speed (m/s) and heading (0..359 degrees);"
              + " latitude -90..90, longitude -180..180.")
  @RequestBody(
      content =
          @Content(examples = @ExampleObject(name = "live location", value = RichExamples.LIVE)))
  public CompletionStage<MessageResponse> liveLocation(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull LiveLocationMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(), idempotencyKey);
  }

  @POST
  @Path("/contact-list")
  @Operation(
      summary = "Send several contact cards",
      description = "Sends 1 to 50 contacts in one message; the gateway builds each vCard.")
  @RequestBody(
      content =
          @Content(examples = @ExampleObject(name = "contact list", value = RichExamples.CONTACTS)))
  public CompletionStage<MessageResponse> contactList(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull ContactListMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(), idempotencyKey);
  }

  @POST
  @Path("/carousel")
  @Operation(
      summary = "Send a carousel",
      description =
          "Sends 1 to 10 cards with distinct ids, each with an image or video, an optional text"
              + " and 1 to 3 quick-reply buttons, under an optional body text.")
  @RequestBody(
      content =
          @Content(examples = @ExampleObject(name = "carousel", value = RichExamples.CAROUSEL)))
  public CompletionStage<MessageResponse> carousel(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull CarouselMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(), idempotencyKey);
  }

  @POST
  @Path("/event")
  @Operation(
      summary = "Send an event invitation",
      description =
          "Posts an event in a group or community (`to` is its `...@g.us` id): a title, a start"
              + " and optionally an end (after the start), a description and a place. The"
              + " provider gives events no message id: `providerMessageId` stays empty.")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "event", value = RichExamples.EVENT)))
  public CompletionStage<MessageResponse> event(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull EventMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(), idempotencyKey);
  }

  private CompletionStage<MessageResponse> send(
      String tenantId, OutboundMessage message, String idempotencyKey) {
    return Sends.send(sendMessage, tenantId, message, idempotencyKey);
  }
}
