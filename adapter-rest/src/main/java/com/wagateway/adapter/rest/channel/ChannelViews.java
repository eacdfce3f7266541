package com.wagateway.adapter.rest.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wagateway.domain.channel.ChannelLimits;
import com.wagateway.domain.channel.WebhookEvent;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of the channel operations. */
final class ChannelViews {
  private ChannelViews() {}

  /**
   * The channel's limits; {@code limited} is false, and the counts absent, for a channel without
   * limits.
   */
  @Schema(name = "ChannelLimits")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record LimitsResponse(
      boolean limited,
      @Schema(description = "Messages the channel may send") Integer messages,
      @Schema(description = "The only chats the channel may write to") List<String> chats,
      @Schema(description = "Phone numbers the channel may check") Integer checks,
      @Schema(description = "Requests the channel may make") Integer requests) {

    static LimitsResponse of(Optional<ChannelLimits> limits) {
      return limits
          .map(l -> new LimitsResponse(true, l.messages(), l.chats(), l.checks(), l.requests()))
          .orElseGet(() -> new LimitsResponse(false, null, null, null, null));
    }
  }

  @Schema(name = "WebhookEvents")
  record EventsResponse(List<Event> items) {
    static EventsResponse of(List<WebhookEvent> events) {
      return new EventsResponse(events.stream().map(e -> new Event(e.type(), e.method())).toList());
    }
  }

  @Schema(name = "WebhookEvent")
  record Event(
      @Schema(example = "messages") String type,
      @Schema(description = "HTTP method the event arrives with", example = "post")
          String method) {}
}
