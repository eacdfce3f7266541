package com.wagateway.domain.event;

import java.util.List;

/**
 * What a received message carries. One record for every type: each type fills the parts it has
 * ({@code text} is the body or the caption), the rest stay null, so a new type needs no new class.
 */
public record ReceivedContent(
    String text,
    Media media,
    Place location,
    List<ContactCard> contacts,
    Poll poll,
    InteractiveReply interactiveReply,
    LinkPreview linkPreview) {

  public ReceivedContent {
    contacts = contacts == null ? null : List.copyOf(contacts);
  }

  public static final ReceivedContent EMPTY =
      new ReceivedContent(null, null, null, null, null, null, null);

  public static ReceivedContent text(String text) {
    return new ReceivedContent(text, null, null, null, null, null, null);
  }

  /**
   * A file kept by the provider; {@code mediaId} is what {@code GET /media/{mediaId}} and media
   * sends accept, null when the provider gives the file no such id (the message then carries its
   * JSON raw). Sizes and durations are null when the provider does not say.
   */
  public record Media(
      String mediaId,
      String mimeType,
      String fileName,
      Long sizeBytes,
      String sha256,
      Integer width,
      Integer height,
      Integer seconds) {}

  /** A shared (or live) location. */
  public record Place(double latitude, double longitude, String name, String address) {}

  /** One shared contact card, read from its vCard. */
  public record ContactCard(String name, List<String> phones) {
    public ContactCard {
      phones = phones == null ? List.of() : List.copyOf(phones);
    }
  }

  /** A poll someone created. */
  public record Poll(String title, List<String> options) {
    public Poll {
      options = options == null ? List.of() : List.copyOf(options);
    }
  }

  /** The quick-reply button or list row the customer tapped. */
  public record InteractiveReply(Kind kind, String id, String title, String description) {
    /** Tapped a button, or picked a row of a list. */
    public enum Kind {
      BUTTON,
      LIST
    }
  }

  /** A link with its preview. */
  public record LinkPreview(String url, String title, String description) {}
}
