package com.wagateway.domain.message;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.model.Require;
import java.util.HashSet;
import java.util.List;

/**
 * What a message carries; one variant per family of {@link MessageType}. The later variants live in
 * files of their own so that this one stays readable.
 */
public sealed interface MessageContent
    permits MessageContent.Text,
        MessageContent.Media,
        MessageContent.Location,
        MessageContent.Contact,
        MessageContent.LinkPreview,
        MessageContent.Poll,
        MessageContent.Interactive,
        MessageContent.Reaction,
        LiveLocation,
        ContactList,
        Carousel,
        Event {

  MessageType type();

  /** Plain text; {@code linkPreview} false asks the provider not to render a preview. */
  record Text(String body, String quotedMessageId, Boolean linkPreview) implements MessageContent {
    public Text {
      Require.text(body, "text", 1, 4096);
      Require.optionalText(quotedMessageId, "quotedMessageId", 256);
    }

    @Override
    public MessageType type() {
      return MessageType.TEXT;
    }
  }

  /** An image, video, audio, voice note, document, sticker, GIF or short video. */
  record Media(MessageType type, MediaSource source, String caption, String filename)
      implements MessageContent {
    public Media {
      Require.present(type, "type");
      if (!type.isMedia()) {
        throw new InvalidValueException("type", type.path() + " is not a media type");
      }
      Require.present(source, "media");
      Require.optionalText(caption, "caption", 1024);
      Require.optionalText(filename, "filename", 255);
      if (caption != null && !type.acceptsCaption()) {
        throw new InvalidValueException("caption", type.path() + " messages carry no caption");
      }
      if (filename != null && type != MessageType.DOCUMENT) {
        throw new InvalidValueException("filename", "only documents carry a filename");
      }
    }
  }

  /** A point on the map, with an optional place name and address. */
  record Location(double latitude, double longitude, String name, String address)
      implements MessageContent {
    public Location {
      Require.range(latitude, "latitude", -90, 90);
      Require.range(longitude, "longitude", -180, 180);
      Require.optionalText(name, "name", 256);
      Require.optionalText(address, "address", 1024);
    }

    @Override
    public MessageType type() {
      return MessageType.LOCATION;
    }
  }

  /** A contact card; the gateway renders it as a vCard 3.0 for providers that want one. */
  record Contact(String name, Recipient.PhoneNumber phone, String organization, String email)
      implements MessageContent {
    public Contact {
      Require.text(name, "contact.name", 1, 256);
      Require.present(phone, "contact.phone");
      Require.optionalText(organization, "contact.organization", 256);
      Require.optionalText(email, "contact.email", 256);
      if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        throw new InvalidValueException("contact.email", "must be an e-mail address");
      }
    }

    @Override
    public MessageType type() {
      return MessageType.CONTACT;
    }
  }

  /** Text whose link is shown with a custom title, description and optional preview image. */
  record LinkPreview(
      String body, MediaSource.Url url, String title, String description, MediaSource preview)
      implements MessageContent {
    public LinkPreview {
      Require.text(body, "text", 1, 4096);
      Require.present(url, "url");
      Require.text(title, "title", 1, 256);
      Require.optionalText(description, "description", 1024);
      if (!body.contains(url.uri().toString())) {
        throw new InvalidValueException("text", "must contain the url being previewed");
      }
      if (preview instanceof MediaSource.Stored) {
        throw new InvalidValueException("preview", "must be a url or base64 image");
      }
    }

    @Override
    public MessageType type() {
      return MessageType.LINK_PREVIEW;
    }
  }

  /**
   * A poll with 2 to 12 distinct options, of which a voter may pick up to {@code maxSelections}.
   */
  record Poll(String title, List<String> options, int maxSelections) implements MessageContent {
    public Poll {
      Require.text(title, "title", 1, 255);
      options = List.copyOf(Require.size(options, "options", 2, 12));
      for (int i = 0; i < options.size(); i++) {
        Require.text(options.get(i), "options[" + i + "]", 1, 100);
      }
      if (new HashSet<>(options).size() != options.size()) {
        throw new InvalidValueException("options", "must be distinct");
      }
      if (maxSelections < 1 || maxSelections > options.size()) {
        throw new InvalidValueException(
            "maxSelections", "must be between 1 and the number of options");
      }
    }

    @Override
    public MessageType type() {
      return MessageType.POLL;
    }
  }

  /** A message with up to three quick-reply buttons. */
  record Interactive(String header, String body, String footer, List<Button> buttons)
      implements MessageContent {
    public Interactive {
      Require.optionalText(header, "header", 60);
      Require.text(body, "body", 1, 1024);
      Require.optionalText(footer, "footer", 60);
      buttons = List.copyOf(Require.size(buttons, "buttons", 1, 3));
      if (buttons.stream().map(Button::id).distinct().count() != buttons.size()) {
        throw new InvalidValueException("buttons", "ids must be distinct");
      }
    }

    @Override
    public MessageType type() {
      return MessageType.INTERACTIVE;
    }

    /** A quick-reply button: the id comes back in the reply, the title is what people see. */
    public record Button(String id, String title) {
      public Button {
        Require.text(id, "buttons.id", 1, 256);
        Require.text(title, "buttons.title", 1, 20);
      }
    }
  }

  /** An emoji reaction to an earlier message, or its removal when {@code emoji} is empty. */
  record Reaction(String messageId, String emoji) implements MessageContent {
    public Reaction {
      Require.text(messageId, "messageId", 1, 256);
      Require.present(emoji, "emoji");
      if (emoji.codePointCount(0, emoji.length()) > 10) {
        throw new InvalidValueException("emoji", "must be one emoji, or empty to remove");
      }
    }

    @Override
    public MessageType type() {
      return MessageType.REACTION;
    }
  }
}
