package com.wagateway.adapter.rest.conversations;

import com.wagateway.application.conversation.ActOnConversations;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to show in a chat, and for how long. */
@Schema(name = "PresenceRequest")
public record PresenceRequest(
    @NotNull
        @Pattern(
            regexp = "typing|recording|paused",
            message = "must be typing, recording or paused")
        @Schema(description = "typing, recording or paused (stop showing)", example = "typing")
        String presence,
    @Min(0)
        @Max(ActOnConversations.MAX_PRESENCE_SECONDS)
        @Schema(description = "How long to show it (0: until the next message)", example = "5")
        Integer seconds) {}
