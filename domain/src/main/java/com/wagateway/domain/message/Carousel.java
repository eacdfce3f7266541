package com.wagateway.domain.message;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.message.MessageContent.Interactive.Button;
import com.wagateway.domain.model.Require;
import java.util.List;

/**
 * Cards the recipient swipes through, under an optional body text: each card has media, an optional
 * text and one to three quick-reply buttons. Card ids must be distinct, since a reply names its
 * card by it.
 */
public record Carousel(String body, List<Card> cards) implements MessageContent {
  public static final int MAX_CARDS = 10;

  public Carousel {
    Require.optionalText(body, "body", 1024);
    cards = List.copyOf(Require.size(cards, "cards", 1, MAX_CARDS));
    if (cards.stream().map(Card::id).distinct().count() != cards.size()) {
      throw new InvalidValueException("cards", "ids must be distinct");
    }
  }

  @Override
  public MessageType type() {
    return MessageType.CAROUSEL;
  }

  /** One card: its id, its image or video, an optional text and its quick-reply buttons. */
  public record Card(String id, MediaSource media, String text, List<Button> buttons) {
    public Card {
      Require.text(id, "cards.id", 1, 256);
      Require.present(media, "cards.media");
      Require.optionalText(text, "cards.text", 1024);
      buttons = List.copyOf(Require.size(buttons, "cards.buttons", 1, 3));
      if (buttons.stream().map(Button::id).distinct().count() != buttons.size()) {
        throw new InvalidValueException("cards.buttons", "ids must be distinct");
      }
    }
  }
}
