package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiRequests.Action;
import com.wagateway.adapter.whapi.WhapiRequests.Button;
import com.wagateway.adapter.whapi.WhapiRequests.SenderContact;
import com.wagateway.adapter.whapi.WhapiRequests.SenderInteractive;
import com.wagateway.adapter.whapi.WhapiRequests.SenderLinkPreview;
import com.wagateway.adapter.whapi.WhapiRequests.SenderLocation;
import com.wagateway.adapter.whapi.WhapiRequests.SenderPoll;
import com.wagateway.adapter.whapi.WhapiRequests.SenderText;
import com.wagateway.adapter.whapi.WhapiRequests.TextPart;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.MessageContent.Interactive;
import com.wagateway.domain.message.MessageContent.LinkPreview;
import com.wagateway.domain.message.MessageContent.Text;
import com.wagateway.domain.message.OutboundMessage;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/** Maps a domain message (except reactions) to the Whapi send endpoint and body for its type. */
final class WhapiMessages {
  private WhapiMessages() {}

  /**
   * {@code to}: a phone goes as its digits, a chat id as is; both are {@code Recipient.value()}.
   */
  static BiFunction<WhapiClient, String, CompletionStage<Response>> request(
      OutboundMessage message) {
    String to = message.to().value();
    MessageContent content = message.content();
    return switch (message.type()) {
      case TEXT -> (c, auth) -> c.sendText(auth, text(to, (Text) content));
      case IMAGE, VIDEO, AUDIO, VOICE, DOCUMENT, STICKER ->
          WhapiMedia.request(to, (MessageContent.Media) content);
      case LOCATION -> (c, auth) -> c.sendLocation(auth, location(to, content));
      case CONTACT -> (c, auth) -> c.sendContact(auth, contact(to, content));
      case LINK_PREVIEW -> (c, auth) -> c.sendLinkPreview(auth, linkPreview(to, content));
      case POLL -> (c, auth) -> c.sendPoll(auth, poll(to, content));
      case INTERACTIVE -> (c, auth) -> c.sendInteractive(auth, interactive(to, content));
      case REACTION -> throw new IllegalArgumentException("reactions go to react()");
      case GIF, SHORT, LIVE_LOCATION, CONTACT_LIST, CAROUSEL, EVENT ->
          throw new IllegalArgumentException(message.type() + " goes to WhapiRichMessages");
    };
  }

  private static SenderText text(String to, Text text) {
    // Whapi previews links unless told not to, so only an explicit "false" is sent.
    Boolean noPreview = Boolean.FALSE.equals(text.linkPreview()) ? Boolean.TRUE : null;
    return new SenderText(to, text.body(), text.quotedMessageId(), noPreview);
  }

  private static SenderLocation location(String to, MessageContent content) {
    var l = (MessageContent.Location) content;
    return new SenderLocation(to, l.latitude(), l.longitude(), l.name(), l.address());
  }

  private static SenderContact contact(String to, MessageContent content) {
    var contact = (MessageContent.Contact) content;
    return new SenderContact(to, contact.name(), VCards.of(contact));
  }

  private static SenderLinkPreview linkPreview(String to, MessageContent content) {
    var p = (LinkPreview) content;
    String media = p.preview() == null ? null : WhapiMedia.media(p.preview());
    String mime = p.preview() == null ? null : WhapiMedia.mimeType(p.preview());
    String canonical = p.url().uri().toString();
    return new SenderLinkPreview(to, p.body(), p.title(), p.description(), canonical, media, mime);
  }

  /** Whapi's {@code count} is 1 (one choice) or 0 (any number): a cap above 1 becomes "any". */
  private static SenderPoll poll(String to, MessageContent content) {
    var poll = (MessageContent.Poll) content;
    return new SenderPoll(to, poll.title(), poll.options(), poll.maxSelections() == 1 ? 1 : 0);
  }

  private static SenderInteractive interactive(String to, MessageContent content) {
    var i = (Interactive) content;
    return new SenderInteractive(
        to,
        "button",
        i.header() == null ? null : new TextPart(i.header()),
        new TextPart(i.body()),
        i.footer() == null ? null : new TextPart(i.footer()),
        new Action(quickReplies(i.buttons())));
  }

  /** Whapi's {@code Button} of type {@code quick_reply}: interactive messages and carousels. */
  static List<Button> quickReplies(List<Interactive.Button> buttons) {
    return buttons.stream().map(b -> new Button("quick_reply", b.title(), b.id())).toList();
  }
}
