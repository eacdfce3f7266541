package com.wagateway.adapter.rest.messages;

import com.wagateway.adapter.rest.validation.WhatsAppRecipient;
import com.wagateway.domain.message.MediaSource;
import com.wagateway.domain.message.MessageContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Text whose link is shown with the title, description and image the caller chooses. */
@Schema(name = "LinkPreviewMessage")
public record LinkPreviewMessageRequest(
    @Schema(description = Docs.TO, example = "+573001234567", required = true)
        @NotBlank
        @WhatsAppRecipient
        String to,
    @Schema(
            description = "Message text; must contain `url`",
            example = "Spring sale: https://shop.example.com/sale",
            required = true)
        @NotBlank
        @Size(max = 4096)
        String text,
    @Schema(
            description = "The link to preview",
            example = "https://shop.example.com/sale",
            required = true)
        @NotBlank
        String url,
    @Schema(description = "Preview title", example = "Spring sale", required = true)
        @NotBlank
        @Size(max = 256)
        String title,
    @Schema(description = "Preview description", example = "Up to 40% off until Sunday")
        @Size(max = 1024)
        String description,
    @Schema(description = "Preview image (url or base64)") @Valid MediaRequest previewImage)
    implements MessageRequest {

  @Override
  public MessageContent content() {
    MediaSource preview = previewImage == null ? null : previewImage.toSource();
    return new MessageContent.LinkPreview(
        text, MediaSource.Url.parse(url, "url"), title, description, preview);
  }
}
