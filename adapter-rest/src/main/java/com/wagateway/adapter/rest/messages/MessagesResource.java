package com.wagateway.adapter.rest.messages;

import com.wagateway.application.conversation.ActOnConversations;
import com.wagateway.application.conversation.ReadConversations;
import com.wagateway.application.messaging.SendMessage;
import com.wagateway.application.messaging.TrackMessages;
import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sends every message type through the tenant's provider (one operation per type) and tracks them.
 */
@Path("/v1/tenants/{tenantId}/messages")
@Tag(name = "Messages")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {
  private static final String MEDIA_NOTE =
      " The media is exactly one of a public `url`, inline `base64` with its `mimeType`, or the"
          + " `id` of media in the provider's store.";

  /** Repeat a send with the same key and body within 24 h to get the first answer back. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final SendMessage sendMessage;
  private final TrackMessages trackMessages;
  private final ReadConversations conversations;
  private final ActOnConversations actions;

  public MessagesResource(
      SendMessage sendMessage,
      TrackMessages trackMessages,
      ReadConversations conversations,
      ActOnConversations actions) {
    this.sendMessage = sendMessage;
    this.trackMessages = trackMessages;
    this.conversations = conversations;
    this.actions = actions;
  }

  @POST
  @Path("/{messageId}/read")
  @Operation(
      summary = "Mark a received message read",
      description =
          "The sender sees it read (blue ticks), and the chat's unread count drops. `messageId`"
              + " is the gateway's id of a received message, as the listings give it.")
  @APIResponse(responseCode = "204", description = "Marked read")
  public void markMessageRead(
      @PathParam("tenantId") String tenantId,
      @PathParam("messageId") @Size(max = 64) String messageId) {
    actions.markRead(new TenantId(tenantId), messageId);
  }

  @DELETE
  @Path("/{messageId}")
  @Operation(
      summary = "Delete a sent message for everyone",
      description =
          "Revokes a message the gateway sent (by the gateway's id). 409 when the message never"
              + " reached the provider.")
  @APIResponse(responseCode = "204", description = "Deleted for everyone")
  public void deleteMessage(
      @PathParam("tenantId") String tenantId,
      @PathParam("messageId") @Size(max = 64) String messageId) {
    actions.deleteSent(new TenantId(tenantId), messageId);
  }

  @GET
  @Path("/{messageId}")
  @Operation(
      summary = "Read a sent message",
      description = "Its current status, its status history and, when it failed, why.")
  public MessageDetailsResponse getMessage(
      @PathParam("tenantId") String tenantId,
      @PathParam("messageId") @Size(max = 64) String messageId) {
    return MessageDetailsResponse.of(trackMessages.get(new TenantId(tenantId), messageId));
  }

  @GET
  @Operation(
      summary = "List messages, sent and received",
      description =
          "Newest first, both directions unless `direction` says one: what the gateway sent and"
              + " what the providers' webhooks brought in, whatever the provider (API WhatsApp Web"
              + " has no history API of its own). Filter by chat, type, status (sent messages"
              + " only) and time [since, until); pass `nextCursor` back as `cursor`.")
  public MessagePageResponse listMessages(
      @PathParam("tenantId") String tenantId,
      @Parameter(description = "in (received) or out (sent)") @QueryParam("direction")
          String direction,
      @Parameter(description = "A chat id, or a phone number", example = "+573001234567")
          @QueryParam("chatId")
          String chatId,
      @Parameter(description = "A message type: text, image, link-preview, interactive_reply...")
          @QueryParam("type")
          String type,
      @Parameter(description = "Sent messages in this status: ACCEPTED ... FAILED")
          @QueryParam("status")
          String status,
      @Parameter(description = "Sent messages to this recipient, in any form `to` accepts")
          @QueryParam("to")
          String to,
      @Parameter(description = "At or after (ISO-8601)", example = "2026-11-22T00:00:00Z")
          @QueryParam("since")
          String since,
      @Parameter(description = "Before (ISO-8601)") @QueryParam("until") String until,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ReadConversations.MAX_PAGE) int limit) {
    return MessageQueries.list(
        conversations,
        tenantId,
        new MessageQueries.Filters(direction, chatId, type, status, to, since, until),
        cursor,
        limit);
  }

  @POST
  @Path("/text")
  @Operation(
      summary = "Send a text message",
      description = "Sends plain text, optionally quoting an earlier message.")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "text", value = Examples.TEXT)))
  public CompletionStage<MessageResponse> text(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull TextMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(), idempotencyKey);
  }

  @POST
  @Path("/image")
  @Operation(
      summary = "Send an image",
      description = "Sends a JPEG or PNG image with an optional caption." + MEDIA_NOTE)
  @RequestBody(
      content =
          @Content(
              examples = {
                @ExampleObject(name = "from a URL", value = Examples.IMAGE_URL),
                @ExampleObject(name = "inline base64", value = Examples.IMAGE_BASE64)
              }))
  public CompletionStage<MessageResponse> image(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull MediaMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(MessageType.IMAGE), idempotencyKey);
  }

  @POST
  @Path("/video")
  @Operation(
      summary = "Send a video",
      description = "Sends an MP4 video with an optional caption." + MEDIA_NOTE)
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "video", value = Examples.VIDEO)))
  public CompletionStage<MessageResponse> video(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull MediaMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(MessageType.VIDEO), idempotencyKey);
  }

  @POST
  @Path("/audio")
  @Operation(
      summary = "Send an audio file",
      description = "Sends an audio file (no caption)." + MEDIA_NOTE)
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "audio", value = Examples.AUDIO)))
  public CompletionStage<MessageResponse> audio(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull MediaMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(MessageType.AUDIO), idempotencyKey);
  }

  @POST
  @Path("/voice")
  @Operation(
      summary = "Send a voice note",
      description = "Sends an OGG/Opus voice note, shown as recorded audio." + MEDIA_NOTE)
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "voice", value = Examples.VOICE)))
  public CompletionStage<MessageResponse> voice(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull MediaMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(MessageType.VOICE), idempotencyKey);
  }

  @POST
  @Path("/document")
  @Operation(
      summary = "Send a document",
      description = "Sends a file with an optional file name and caption." + MEDIA_NOTE)
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "document", value = Examples.DOCUMENT)))
  public CompletionStage<MessageResponse> document(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull MediaMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(MessageType.DOCUMENT), idempotencyKey);
  }

  @POST
  @Path("/sticker")
  @Operation(
      summary = "Send a sticker",
      description = "Sends a WebP sticker (no caption)." + MEDIA_NOTE)
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "sticker", value = Examples.STICKER)))
  public CompletionStage<MessageResponse> sticker(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull MediaMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(MessageType.STICKER), idempotencyKey);
  }

  @POST
  @Path("/location")
  @Operation(
      summary = "Send a location",
      description = "Sends a map pin; latitude -90..90, longitude -180..180.")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "location", value = Examples.LOCATION)))
  public CompletionStage<MessageResponse> location(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull LocationMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(), idempotencyKey);
  }

  @POST
  @Path("/contact")
  @Operation(
      summary = "Send a contact card",
      description = "Sends a contact; the gateway builds the vCard.")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "contact", value = Examples.CONTACT)))
  public CompletionStage<MessageResponse> contact(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull ContactMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(), idempotencyKey);
  }

  @POST
  @Path("/link-preview")
  @Operation(
      summary = "Send a link with a custom preview",
      description = "Sends text whose link shows the given title, description and image.")
  @RequestBody(
      content =
          @Content(examples = @ExampleObject(name = "link preview", value = Examples.LINK_PREVIEW)))
  public CompletionStage<MessageResponse> linkPreview(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull LinkPreviewMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(), idempotencyKey);
  }

  @POST
  @Path("/poll")
  @Operation(summary = "Send a poll", description = "Sends a poll with 2 to 12 distinct options.")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "poll", value = Examples.POLL)))
  public CompletionStage<MessageResponse> poll(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull PollMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(), idempotencyKey);
  }

  @POST
  @Path("/interactive")
  @Operation(
      summary = "Send quick-reply buttons",
      description = "Sends a message with one to three quick-reply buttons.")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "buttons", value = Examples.INTERACTIVE)))
  public CompletionStage<MessageResponse> interactive(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull InteractiveMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(), idempotencyKey);
  }

  @POST
  @Path("/reaction")
  @Operation(
      summary = "React to a message",
      description = "Adds an emoji reaction to a message, or removes it with an empty emoji.")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "reaction", value = Examples.REACTION)))
  public CompletionStage<MessageResponse> reaction(
      @PathParam("tenantId") String tenantId,
      @Valid @NotNull ReactionMessageRequest body,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) String idempotencyKey) {
    return send(tenantId, body.toMessage(), idempotencyKey);
  }

  /** Any other type: a 404 that names the types there are, rather than a bare 405. */
  @POST
  @Path("/{type}")
  @Operation(hidden = true)
  public CompletionStage<MessageResponse> unknownType(
      @PathParam("tenantId") String tenantId, @PathParam("type") String type) {
    throw new ResourceNotFoundException(
        new TenantId(tenantId),
        "Message type '"
            + type
            + "' (there are: "
            + Arrays.stream(MessageType.values())
                .map(MessageType::path)
                .collect(Collectors.joining(", "))
            + ")");
  }

  /** See {@link Sends}; the reads above run on worker threads, as plain-value methods do. */
  private CompletionStage<MessageResponse> send(
      String tenantId, OutboundMessage message, String idempotencyKey) {
    return Sends.send(sendMessage, tenantId, message, idempotencyKey);
  }
}
