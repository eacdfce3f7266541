package com.wagateway.adapter.rest.messages;

import com.wagateway.adapter.rest.validation.WhatsAppRecipient;
import com.wagateway.domain.message.MessageContent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A poll. */
@Schema(name = "PollMessage")
public record PollMessageRequest(
    @Schema(description = Docs.TO, example = "+573001234567", required = true)
        @NotBlank
        @WhatsAppRecipient
        String to,
    @Schema(
            description = "The question",
            example = "Which delivery slot suits you?",
            required = true)
        @NotBlank
        @Size(max = 255)
        String title,
    @Schema(
            description = "2 to 12 distinct options",
            example = "[\"Morning\", \"Afternoon\", \"Evening\"]",
            required = true)
        @NotNull
        @Size(min = 2, max = 12)
        List<@NotBlank @Size(max = 100) String> options,
    @Schema(description = "How many options a voter may pick (default 1)", example = "1")
        @Min(1)
        @Max(12)
        Integer maxSelections)
    implements MessageRequest {

  @Override
  public MessageContent content() {
    return new MessageContent.Poll(title, options, maxSelections == null ? 1 : maxSelections);
  }
}
