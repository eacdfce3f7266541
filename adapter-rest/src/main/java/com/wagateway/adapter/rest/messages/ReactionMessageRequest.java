package com.wagateway.adapter.rest.messages;

import com.wagateway.adapter.rest.validation.WhatsAppRecipient;
import com.wagateway.domain.message.MessageContent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An emoji reaction to a message in the chat with {@code to}. */
@Schema(name = "ReactionMessage")
public record ReactionMessageRequest(
    @Schema(description = Docs.TO, example = "+573001234567", required = true)
        @NotBlank
        @WhatsAppRecipient
        String to,
    @Schema(
            description = "Provider id of the message to react to",
            example = "PsqXn5SAD5v7HRA-wHqB9tw",
            required = true)
        @NotBlank
        @Size(max = 256)
        String messageId,
    @Schema(
            description = "One emoji; empty string removes the reaction",
            example = "👍",
            required = true)
        @NotNull
        String emoji)
    implements MessageRequest {

  @Override
  public MessageContent content() {
    return new MessageContent.Reaction(messageId, emoji);
  }
}
