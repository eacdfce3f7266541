package com.wagateway.adapter.rest.messages;

import com.wagateway.adapter.rest.validation.WhatsAppRecipient;
import com.wagateway.domain.message.Carousel;
import com.wagateway.domain.message.MessageContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Cards the recipient swipes through, each with media, text and quick-reply buttons. */
@Schema(name = "CarouselMessage")
public record CarouselMessageRequest(
    @Schema(description = Docs.TO, example = "+573001234567", required = true)
        @NotBlank
        @WhatsAppRecipient
        String to,
    @Schema(description = "Text above the cards", example = "This week's offers") @Size(max = 1024)
        String body,
    @Schema(description = "1 to 10 cards with distinct ids", required = true)
        @NotNull
        @Size(min = 1, max = Carousel.MAX_CARDS)
        List<@NotNull @Valid Card> cards)
    implements MessageRequest {

  @Override
  public MessageContent content() {
    return new Carousel(body, cards.stream().map(Card::toCard).toList());
  }

  /** One card of the carousel. */
  @Schema(name = "CarouselCard")
  public record Card(
      @Schema(description = "Names the card in replies", example = "boots", required = true)
          @NotBlank
          @Size(max = 256)
          String id,
      @Schema(description = "The card's image or video", required = true) @NotNull @Valid
          MediaRequest media,
      @Schema(description = "Text under the media", example = "Trail boots, 30% off")
          @Size(max = 1024)
          String text,
      @Schema(description = "1 to 3 quick-reply buttons", required = true)
          @NotNull
          @Size(min = 1, max = 3)
          List<InteractiveMessageRequest.@NotNull @Valid Button> buttons) {

    Carousel.Card toCard() {
      return new Carousel.Card(
          id, media.toSource(), text, InteractiveMessageRequest.Button.toDomain(buttons));
    }
  }
}
