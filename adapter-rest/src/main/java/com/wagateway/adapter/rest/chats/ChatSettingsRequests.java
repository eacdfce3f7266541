package com.wagateway.adapter.rest.chats;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the chat settings that take a value. */
public final class ChatSettingsRequests {
  private ChatSettingsRequests() {}

  @Schema(name = "MuteChat")
  public record Mute(
      @Schema(description = "When the mute ends", example = "2027-05-14T10:00:00Z") @NotNull @Future
          Instant until) {}

  @Schema(name = "DisappearingMessages")
  public record Disappearing(
      @Schema(
              description = "How long new messages stay: off, day, week or quarter (90 days)",
              example = "week")
          @NotNull
          @Pattern(
              regexp = "^(off|day|week|quarter)$",
              message = "must be off, day, week or quarter")
          String timer) {}
}
