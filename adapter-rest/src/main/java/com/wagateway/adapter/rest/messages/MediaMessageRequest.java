package com.wagateway.adapter.rest.messages;

import com.wagateway.adapter.rest.validation.WhatsAppRecipient;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An image, video, audio, voice note, sticker or document. */
@Schema(name = "MediaMessage")
public record MediaMessageRequest(
    @Schema(description = Docs.TO, example = "+573001234567", required = true)
        @NotBlank
        @WhatsAppRecipient
        String to,
    @Schema(required = true) @NotNull @Valid MediaRequest media,
    @Schema(
            description = "Caption (image, video and document only), up to 1024 characters",
            example = "New catalog")
        @Size(max = 1024)
        String caption,
    @Schema(
            description = "File name shown to the recipient (document only)",
            example = "invoice-1042.pdf")
        @Size(max = 255)
        String filename) {

  OutboundMessage toMessage(MessageType type) {
    return new OutboundMessage(
        Recipient.parse(to), new MessageContent.Media(type, media.toSource(), caption, filename));
  }
}
