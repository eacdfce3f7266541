package com.wagateway.adapter.apiwhatsappweb;

import static com.wagateway.adapter.apiwhatsappweb.WebhookFields.decimal;
import static com.wagateway.adapter.apiwhatsappweb.WebhookFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.wagateway.domain.event.ReceivedContent;
import com.wagateway.domain.event.ReceivedContent.Media;
import com.wagateway.domain.event.ReceivedContent.Place;
import com.wagateway.domain.event.ReceivedType;
import com.wagateway.domain.event.VCardText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The table of received message types, all assumed (the provider documents none): one row per
 * gateway type, with how to read its content from the payload and the {@code type} words that mean
 * it. Words are compared in lower case, without a trailing {@code Message} ({@code imageMessage} is
 * {@code image}). A reader answers null when the part it needs is missing; the message then keeps
 * its type and carries the payload raw.
 */
final class ReceivedTypes {
  /**
   * One row. {@code keepsRaw}: the content has a part the model has no place for (a media file's
   * URL at the provider), so the payload goes along raw even when read.
   */
  record Row(ReceivedType type, Function<JsonNode, ReceivedContent> read, boolean keepsRaw) {}

  private static final Map<String, Row> ROWS =
      WebhookFields.words(
          Map.of(
              new Row(ReceivedType.TEXT, ReceivedTypes::textOf, false),
              List.of("text", "chat", "conversation", "extendedtext"),
              media(ReceivedType.IMAGE),
              List.of("image"),
              media(ReceivedType.VIDEO),
              List.of("video"),
              media(ReceivedType.GIF),
              List.of("gif"),
              media(ReceivedType.AUDIO),
              List.of("audio"),
              media(ReceivedType.VOICE),
              List.of("ptt", "voice"),
              media(ReceivedType.DOCUMENT),
              List.of("document", "file"),
              media(ReceivedType.STICKER),
              List.of("sticker"),
              new Row(ReceivedType.LOCATION, ReceivedTypes::place, false),
              List.of("location"),
              new Row(ReceivedType.CONTACT, ReceivedTypes::contact, false),
              List.of("vcard", "contact")));

  private ReceivedTypes() {}

  /**
   * The row for the payload's {@code type}; without one, a media URL or MIME type makes it a file
   * typed by its MIME type, and a text makes it a text. Empty: a type without a row.
   */
  static Optional<Row> of(JsonNode message) {
    String word = WebhookFields.word(message, "type", "messageType");
    return Optional.ofNullable(ROWS.get(word == null ? inferred(message) : stem(word)));
  }

  private static String stem(String word) {
    return word.length() > "message".length() && word.endsWith("message")
        ? word.substring(0, word.length() - "message".length())
        : word;
  }

  private static String inferred(JsonNode message) {
    if (WebhookFields.has(message, WebhookFields.MEDIA)) {
      String mime = String.valueOf(WebhookFields.word(message, "mimetype", "mimeType"));
      return List.of("image", "video", "audio").stream()
          .filter(kind -> mime.startsWith(kind + "/"))
          .findFirst()
          .orElse("document");
    }
    return WebhookFields.has(message, WebhookFields.TEXT) ? "text" : "";
  }

  private static Row media(ReceivedType type) {
    return new Row(type, ReceivedTypes::file, true);
  }

  private static ReceivedContent textOf(JsonNode message) {
    String text = WebhookFields.text(message, WebhookFields.TEXT);
    return text == null ? null : ReceivedContent.text(text);
  }

  /** A file the provider keeps at a URL: no media id the gateway could serve it by. */
  private static ReceivedContent file(JsonNode message) {
    String mime = text(message, "mimetype", "mimeType");
    String fileName = text(message, "fileName", "filename");
    if (mime == null && fileName == null && text(message, "mediaUrl", "url") == null) {
      return null;
    }
    Media media = new Media(null, mime, fileName, null, null, null, null, null);
    return new ReceivedContent(
        text(message, "caption", "message", "text", "body"), media, null, null, null, null, null);
  }

  private static ReceivedContent place(JsonNode message) {
    Double latitude = decimal(message, "latitude", "lat");
    Double longitude = decimal(message, "longitude", "lng", "lon");
    if (latitude == null || longitude == null) {
      return null;
    }
    Place place = new Place(latitude, longitude, text(message, "name"), text(message, "address"));
    return new ReceivedContent(null, null, place, null, null, null, null);
  }

  private static ReceivedContent contact(JsonNode message) {
    String vcard = text(message, "vcard", "vCard", "body", "message");
    if (vcard == null) {
      return null;
    }
    var card = VCardText.read(vcard, text(message, "displayName", "contactName"));
    return new ReceivedContent(null, null, null, List.of(card), null, null, null);
  }
}
