package com.wagateway.adapter.rest.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts events are made of, as subscribers see them. */
public final class EventViews {
  private EventViews() {}

  @Schema(name = "EventChat", description = "The conversation")
  public record ChatView(
      @Schema(example = "573001234567@s.whatsapp.net") String id,
      @Schema(description = "direct, group, channel or status", example = "direct") String kind) {}

  @Schema(name = "EventSender", description = "Who sent it; in a group, the member")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SenderView(
      @Schema(example = "573001234567") String id,
      @Schema(description = "E.164, when the id is a phone", example = "+573001234567")
          String phone,
      @Schema(example = "Ana") String name) {}

  @Schema(name = "EventQuoted", description = "The message replied to")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record QuotedView(String providerMessageId, String type, String text) {}

  @Schema(name = "EventTarget", description = "The earlier message acted on")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TargetView(
      @Schema(description = "The provider's id of it") String providerMessageId,
      @Schema(description = "The gateway's id, when it was sent through the gateway")
          String messageId) {}

  @Schema(name = "EventMedia", description = "A received file, kept by the provider")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MediaView(
      @Schema(description = "Accepted by GET /media/{mediaId} and by media sends") String mediaId,
      @Schema(example = "image/jpeg") String mimeType,
      String fileName,
      Long sizeBytes,
      String sha256,
      Integer width,
      Integer height,
      @Schema(description = "Audio and video: duration") Integer seconds,
      @Schema(description = "Where to fetch the file through the gateway, with a tenant key")
          String downloadUrl) {}

  @Schema(name = "EventLocation")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LocationView(double latitude, double longitude, String name, String address) {}

  @Schema(name = "EventContact", description = "A shared contact card")
  public record ContactView(
      String name, @Schema(example = "[\"+573001234567\"]") List<String> phones) {}

  @Schema(name = "EventPoll")
  public record PollView(String title, List<String> options) {}

  @Schema(name = "EventInteractiveReply", description = "The button or list row tapped")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record InteractiveReplyView(
      @Schema(description = "button or list") String kind,
      @Schema(description = "The id the tenant gave the button or row") String id,
      String title,
      String description) {}

  @Schema(name = "EventLinkPreview")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LinkPreviewView(String url, String title, String description) {}
}
