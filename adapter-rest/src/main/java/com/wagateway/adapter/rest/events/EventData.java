package com.wagateway.adapter.rest.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The {@code data} of an outbound event, one record per event type. Every one starts with {@code
 * tenantId}, {@code provider} and {@code occurredAt}; fields an event does not have are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface EventData {

  String tenantId();

  String provider();

  Instant occurredAt();

  /** {@code message.received}. */
  @Schema(
      name = "MessageReceivedData",
      description = "A message came in (or was sent from the phone)")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Received(
      @Schema(example = "acme") String tenantId,
      @Schema(example = "whapi") String provider,
      @Schema(description = "When the message was sent") Instant occurredAt,
      @Schema(example = "PsobWy36679._7w-wKmB9tMeGQ") String providerMessageId,
      EventViews.ChatView chat,
      EventViews.SenderView sender,
      @Schema(description = "Sent from the tenant's own phone") boolean fromMe,
      boolean forwarded,
      @Schema(description = "Ids of the users mentioned") List<String> mentions,
      @Schema(description = "The message this one replies to") EventViews.QuotedView quoted,
      @Schema(
              description =
                  "text, image, video, gif, audio, voice, document, sticker, location,"
                      + " live_location, contact, poll, interactive_reply, link_preview, order,"
                      + " system or unknown",
              example = "image")
          String type,
      @Schema(description = "The text, or the media's caption") String text,
      EventViews.MediaView media,
      EventViews.LocationView location,
      @Schema(description = "contact: the shared cards") List<EventViews.ContactView> contacts,
      EventViews.PollView poll,
      EventViews.InteractiveReplyView interactiveReply,
      EventViews.LinkPreviewView linkPreview,
      @Schema(
              description =
                  "The provider's own JSON of the message, when the gateway could not read all"
                      + " of it (always for type unknown)")
          JsonNode raw,
      @Deprecated @Schema(deprecated = true, description = "Use chat.id") String chatId,
      @Deprecated @Schema(deprecated = true, description = "Use sender.id") String from,
      @Deprecated @Schema(deprecated = true, description = "Use sender.name") String fromName,
      @Deprecated @Schema(deprecated = true, description = "Use type") String kind)
      implements EventData {}

  /** {@code message.status}. */
  @Schema(name = "MessageStatusData", description = "A sent message moved on")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Status(
      String tenantId,
      String provider,
      Instant occurredAt,
      @Schema(description = "The gateway's id of the message, when it was sent through it")
          String messageId,
      String providerMessageId,
      @Schema(description = "SENT, DELIVERED, READ, PLAYED or FAILED", example = "READ")
          String status,
      @Schema(description = "The chat the message went to") String recipient,
      @Schema(description = "In a group: the member this status is about") String participant)
      implements EventData {}

  /** {@code message.reaction}. */
  @Schema(name = "MessageReactionData", description = "An emoji put on a message, or taken off")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Reaction(
      String tenantId,
      String provider,
      Instant occurredAt,
      EventViews.ChatView chat,
      EventViews.SenderView sender,
      EventViews.TargetView target,
      @Schema(example = "👍") String emoji,
      @Schema(description = "The reaction was taken off") boolean removed)
      implements EventData {}

  /** {@code message.edited}. */
  @Schema(name = "MessageEditedData", description = "A message's text was changed")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Edited(
      String tenantId,
      String provider,
      Instant occurredAt,
      EventViews.ChatView chat,
      EventViews.SenderView sender,
      EventViews.TargetView target,
      @Schema(description = "The new text or caption") String text)
      implements EventData {}

  /** {@code message.deleted}. */
  @Schema(name = "MessageDeletedData", description = "A message was deleted for everyone")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Deleted(
      String tenantId,
      String provider,
      Instant occurredAt,
      EventViews.ChatView chat,
      EventViews.SenderView sender,
      EventViews.TargetView target)
      implements EventData {}

  /** {@code poll.vote}. */
  @Schema(name = "PollVoteData", description = "Someone voted in a poll")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Vote(
      String tenantId,
      String provider,
      Instant occurredAt,
      EventViews.ChatView chat,
      EventViews.SenderView sender,
      @Schema(description = "The poll") EventViews.TargetView target,
      @Schema(description = "The options the voter has selected now (empty: vote withdrawn)")
          List<String> selectedOptions)
      implements EventData {}

  /** {@code instance.status}. */
  @Schema(name = "InstanceStatusData", description = "The WhatsApp session changed state")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Instance(
      String tenantId,
      String provider,
      Instant occurredAt,
      @Schema(description = "CONNECTED, QR_REQUIRED, CONNECTING, DISCONNECTED, ERROR or UNKNOWN")
          String state,
      @Schema(description = "The provider's own word") String providerState)
      implements EventData {}
}
