package com.wagateway.adapter.rest.presence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wagateway.domain.presence.ContactPresence;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The presence resource's request and response bodies. */
final class PresenceViews {
  private PresenceViews() {}

  /** The account's own presence. */
  @Schema(name = "OwnPresenceRequest")
  record OwnPresenceRequest(
      @NotNull
          @Pattern(regexp = "online|offline", message = "must be online or offline")
          @Schema(
              enumeration = {"online", "offline"},
              example = "online")
          String state) {}

  /** A chat's presence as last reported. */
  @Schema(name = "ChatPresence")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ChatPresenceResponse(
      @Schema(example = "573001234567@s.whatsapp.net") String chatId,
      @Schema(
              description =
                  "The provider's word: online, offline, typing, recording or pending (not known"
                      + " yet)",
              example = "online")
          String state,
      @Schema(
              description = "When last seen, if the contact shares it",
              example = "2026-04-13T08:00:45Z")
          Instant lastSeen) {

    static ChatPresenceResponse of(ContactPresence presence) {
      return new ChatPresenceResponse(presence.chatId(), presence.state(), presence.lastSeen());
    }
  }
}
