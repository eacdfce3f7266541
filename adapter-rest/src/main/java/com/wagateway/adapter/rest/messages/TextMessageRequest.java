package com.wagateway.adapter.rest.messages;

import com.wagateway.adapter.rest.validation.WhatsAppRecipient;
import com.wagateway.domain.message.MessageContent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text message. */
@Schema(name = "TextMessage")
public record TextMessageRequest(
    @Schema(description = Docs.TO, example = "+573001234567", required = true)
        @NotBlank
        @WhatsAppRecipient
        String to,
    @Schema(
            description = "The text, up to 4096 characters",
            example = "Your order #1042 has shipped.",
            required = true)
        @NotBlank
        @Size(max = 4096)
        String text,
    @Schema(description = "Provider id of a message to quote (reply to)") @Size(max = 256)
        String quotedMessageId,
    @Schema(description = "false to send links without a preview") Boolean linkPreview)
    implements MessageRequest {

  @Override
  public MessageContent content() {
    return new MessageContent.Text(text, quotedMessageId, linkPreview);
  }
}
