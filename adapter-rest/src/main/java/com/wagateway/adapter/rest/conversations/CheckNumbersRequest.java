package com.wagateway.adapter.rest.conversations;

import com.wagateway.application.conversation.ActOnConversations;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The phone numbers to check, in any form a send's {@code to} accepts. */
@Schema(name = "CheckNumbersRequest")
public record CheckNumbersRequest(
    @NotNull
        @Size(min = 1, max = ActOnConversations.MAX_NUMBERS)
        @Schema(example = "[\"+57 300 123 4567\", \"+1 555 010 0199\"]")
        List<@NotBlank @Size(max = 32) String> phones) {}
