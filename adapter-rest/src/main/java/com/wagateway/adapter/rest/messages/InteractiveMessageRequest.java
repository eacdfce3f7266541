package com.wagateway.adapter.rest.messages;

import com.wagateway.adapter.rest.validation.WhatsAppRecipient;
import com.wagateway.domain.message.MessageContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message with up to three quick-reply buttons. */
@Schema(name = "InteractiveMessage")
public record InteractiveMessageRequest(
    @Schema(description = Docs.TO, example = "+573001234567", required = true)
        @NotBlank
        @WhatsAppRecipient
        String to,
    @Schema(description = "Header text", example = "Order #1042") @Size(max = 60) String header,
    @Schema(
            description = "Body text",
            example = "Did your parcel arrive in good condition?",
            required = true)
        @NotBlank
        @Size(max = 1024)
        String body,
    @Schema(description = "Footer text", example = "ACME Support") @Size(max = 60) String footer,
    @Schema(description = "1 to 3 quick-reply buttons", required = true)
        @NotNull
        @Size(min = 1, max = 3)
        List<@NotNull @Valid Button> buttons)
    implements MessageRequest {

  @Override
  public MessageContent content() {
    return new MessageContent.Interactive(header, body, footer, Button.toDomain(buttons));
  }

  /** A quick-reply button. */
  @Schema(name = "Button")
  public record Button(
      @Schema(description = "Returned with the reply", example = "yes", required = true)
          @NotBlank
          @Size(max = 256)
          String id,
      @Schema(description = "What the recipient sees", example = "Yes, all good", required = true)
          @NotBlank
          @Size(max = 20)
          String title) {

    static List<MessageContent.Interactive.Button> toDomain(List<Button> buttons) {
      return buttons.stream()
          .map(b -> new MessageContent.Interactive.Button(b.id(), b.title()))
          .toList();
    }
  }
}
