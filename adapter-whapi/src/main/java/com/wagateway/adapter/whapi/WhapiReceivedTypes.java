package com.wagateway.adapter.whapi;

import static com.wagateway.adapter.whapi.WhapiWebhookFields.decimal;
import static com.wagateway.adapter.whapi.WhapiWebhookFields.integer;
import static com.wagateway.adapter.whapi.WhapiWebhookFields.number;
import static com.wagateway.adapter.whapi.WhapiWebhookFields.strings;
import static com.wagateway.adapter.whapi.WhapiWebhookFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.wagateway.domain.event.ReceivedContent;
import com.wagateway.domain.event.ReceivedContent.ContactCard;
import com.wagateway.domain.event.ReceivedContent.InteractiveReply;
import com.wagateway.domain.event.ReceivedContent.LinkPreview;
import com.wagateway.domain.event.ReceivedContent.Media;
import com.wagateway.domain.event.ReceivedContent.Place;
import com.wagateway.domain.event.ReceivedContent.Poll;
import com.wagateway.domain.event.ReceivedType;
import com.wagateway.domain.event.VCardText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The table of Whapi's message types ({@code Message.type} in the spec): for each, the gateway's
 * type, the field of {@code Message} that holds the content, and how to read it. A new type is a
 * row. A reader answers null when the part it needs is missing; the message then keeps its type,
 * carries Whapi's JSON raw, and the payload counts as not fully understood.
 */
final class WhapiReceivedTypes {
  private static final int MAX_ITEMS = 50;

  /** One row: {@code field} of the message holds the part that {@code read} turns into content. */
  record Row(ReceivedType type, String field, Function<JsonNode, ReceivedContent> read) {}

  private static final Map<String, Row> ROWS =
      Map.ofEntries(
          row("text", ReceivedType.TEXT, "text", part -> textOf(text(part, "body"))),
          media("image", ReceivedType.IMAGE),
          media("video", ReceivedType.VIDEO),
          media("short", ReceivedType.VIDEO),
          media("gif", ReceivedType.GIF),
          media("audio", ReceivedType.AUDIO),
          media("voice", ReceivedType.VOICE),
          media("document", ReceivedType.DOCUMENT),
          row("documentWithCaption", ReceivedType.DOCUMENT, "document", WhapiReceivedTypes::file),
          media("sticker", ReceivedType.STICKER),
          row("location", ReceivedType.LOCATION, "location", part -> place(part, "name")),
          row(
              "live_location",
              ReceivedType.LIVE_LOCATION,
              "live_location",
              WhapiReceivedTypes::live),
          row("contact", ReceivedType.CONTACT, "contact", part -> contacts(List.of(part))),
          row(
              "contact_list",
              ReceivedType.CONTACT,
              "contact_list",
              WhapiReceivedTypes::contactList),
          row("poll", ReceivedType.POLL, "poll", WhapiReceivedTypes::poll),
          row("reply", ReceivedType.INTERACTIVE_REPLY, "reply", WhapiReceivedTypes::reply),
          link("link_preview"),
          link("group_invite"),
          link("newsletter_invite"),
          link("catalog"),
          row("order", ReceivedType.ORDER, "order", WhapiReceivedTypes::order),
          row("system", ReceivedType.SYSTEM, "system", part -> textOf(text(part, "body"))));

  private WhapiReceivedTypes() {}

  static Optional<Row> of(String whapiType) {
    return Optional.ofNullable(whapiType == null ? null : ROWS.get(whapiType));
  }

  /** The gateway's type for a Whapi type word, {@code UNKNOWN} for words without a row. */
  static ReceivedType typeOf(String whapiType) {
    return of(whapiType).map(Row::type).orElse(ReceivedType.UNKNOWN);
  }

  /** The text or caption of any content part (e.g. a quoted message's), or null. */
  static String textOrCaption(JsonNode part) {
    String body = text(part, "body");
    return body != null ? body : text(part, "caption");
  }

  private static Map.Entry<String, Row> row(
      String word, ReceivedType type, String field, Function<JsonNode, ReceivedContent> read) {
    return Map.entry(word, new Row(type, field, read));
  }

  private static Map.Entry<String, Row> media(String word, ReceivedType type) {
    return row(word, type, word, WhapiReceivedTypes::file);
  }

  private static Map.Entry<String, Row> link(String word) {
    return row(word, ReceivedType.LINK_PREVIEW, word, WhapiReceivedTypes::linkPreview);
  }

  private static ReceivedContent textOf(String text) {
    return text == null ? null : ReceivedContent.text(text);
  }

  /** {@code MediaFile} with the type's extras (size, duration, file name) and the caption. */
  private static ReceivedContent file(JsonNode part) {
    String id = text(part, "id");
    if (id == null) {
      return null;
    }
    Media media =
        new Media(
            id,
            text(part, "mime_type"),
            Optional.ofNullable(text(part, "file_name")).orElse(text(part, "filename")),
            number(part, "file_size"),
            text(part, "sha256"),
            integer(part, "width"),
            integer(part, "height"),
            integer(part, "seconds"));
    return new ReceivedContent(text(part, "caption"), media, null, null, null, null, null);
  }

  private static ReceivedContent place(JsonNode part, String nameField) {
    Double latitude = decimal(part, "latitude");
    Double longitude = decimal(part, "longitude");
    if (latitude == null || longitude == null) {
      return null;
    }
    Place place = new Place(latitude, longitude, text(part, nameField), text(part, "address"));
    return new ReceivedContent(null, null, place, null, null, null, null);
  }

  /** A live location has no name or address, only a caption under it. */
  private static ReceivedContent live(JsonNode part) {
    ReceivedContent located = place(part, "-");
    return located == null
        ? null
        : new ReceivedContent(
            text(part, "caption"), null, located.location(), null, null, null, null);
  }

  private static ReceivedContent contactList(JsonNode part) {
    List<JsonNode> cards = new ArrayList<>();
    part.path("list").forEach(cards::add);
    return contacts(cards);
  }

  private static ReceivedContent contacts(List<JsonNode> parts) {
    List<ContactCard> cards =
        parts.stream()
            .filter(JsonNode::isObject)
            .limit(MAX_ITEMS)
            .map(card -> VCardText.read(text(card, "vcard"), text(card, "name")))
            .toList();
    return cards.isEmpty() ? null : new ReceivedContent(null, null, null, cards, null, null, null);
  }

  private static ReceivedContent poll(JsonNode part) {
    String title = text(part, "title");
    if (title == null) {
      return null;
    }
    Poll poll = new Poll(title, strings(part, "options", MAX_ITEMS));
    return new ReceivedContent(null, null, null, null, poll, null, null);
  }

  /** {@code MessageContentReply}: {@code buttons_reply} {id, title} or {@code list_reply}. */
  private static ReceivedContent reply(JsonNode part) {
    boolean list = "list_reply".equals(text(part, "type")) || part.has("list_reply");
    JsonNode chosen = part.path(list ? "list_reply" : "buttons_reply");
    String id = text(chosen, "id");
    String title = text(chosen, "title");
    if (id == null && title == null) {
      return null;
    }
    InteractiveReply reply =
        new InteractiveReply(
            list ? InteractiveReply.Kind.LIST : InteractiveReply.Kind.BUTTON,
            id,
            title,
            text(chosen, "description"));
    return new ReceivedContent(title, null, null, null, null, reply, null);
  }

  private static ReceivedContent linkPreview(JsonNode part) {
    String url = Optional.ofNullable(text(part, "url")).orElse(text(part, "canonical"));
    LinkPreview preview = new LinkPreview(url, text(part, "title"), text(part, "description"));
    return new ReceivedContent(text(part, "body"), null, null, null, null, null, preview);
  }

  private static ReceivedContent order(JsonNode part) {
    String text = Optional.ofNullable(text(part, "text")).orElse(text(part, "title"));
    return new ReceivedContent(text, null, null, null, null, null, null);
  }
}
