package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiRequests.TextPart;
import com.wagateway.adapter.whapi.WhapiRichRequests.CardMedia;
import com.wagateway.adapter.whapi.WhapiRichRequests.CarouselCard;
import com.wagateway.adapter.whapi.WhapiRichRequests.CreateEvent;
import com.wagateway.adapter.whapi.WhapiRichRequests.SenderCarousel;
import com.wagateway.adapter.whapi.WhapiRichRequests.SenderContactList;
import com.wagateway.adapter.whapi.WhapiRichRequests.SenderLiveLocation;
import com.wagateway.adapter.whapi.WhapiRichRequests.SenderMotion;
import com.wagateway.adapter.whapi.WhapiRichRequests.VCard;
import com.wagateway.domain.message.Carousel;
import com.wagateway.domain.message.ContactList;
import com.wagateway.domain.message.Event;
import com.wagateway.domain.message.LiveLocation;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.message.OutboundMessage;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/**
 * Maps the send types of {@link WhapiRichSendsClient} to their Whapi body: one row per type. The
 * event is a message too, though Whapi files it under {@code /communities}.
 */
final class WhapiRichMessages {
  static final Set<MessageType> TYPES =
      EnumSet.of(
          MessageType.GIF,
          MessageType.SHORT,
          MessageType.LIVE_LOCATION,
          MessageType.CONTACT_LIST,
          MessageType.CAROUSEL,
          MessageType.EVENT);

  private WhapiRichMessages() {}

  static BiFunction<WhapiRichSendsClient, String, CompletionStage<Response>> request(
      OutboundMessage message) {
    String to = message.to().value();
    MessageContent content = message.content();
    return switch (message.type()) {
      case GIF -> (c, auth) -> c.sendGif(auth, motion(to, content));
      case SHORT -> (c, auth) -> c.sendShort(auth, motion(to, content));
      case LIVE_LOCATION -> (c, auth) -> c.sendLiveLocation(auth, live(to, (LiveLocation) content));
      case CONTACT_LIST -> (c, auth) -> c.sendContactList(auth, list(to, (ContactList) content));
      case CAROUSEL -> (c, auth) -> c.sendCarousel(auth, carousel(to, (Carousel) content));
      case EVENT -> (c, auth) -> c.createEvent(auth, event(to, (Event) content));
      default -> throw new IllegalArgumentException(message.type() + " goes to WhapiClient");
    };
  }

  private static SenderMotion motion(String to, MessageContent content) {
    var m = (MessageContent.Media) content;
    return new SenderMotion(
        to, WhapiMedia.media(m.source()), WhapiMedia.mimeType(m.source()), m.caption());
  }

  private static SenderLiveLocation live(String to, LiveLocation l) {
    return new SenderLiveLocation(
        to, l.latitude(), l.longitude(), l.accuracy(), l.speed(), l.degrees(), l.comment());
  }

  private static SenderContactList list(String to, ContactList list) {
    return new SenderContactList(
        to, list.contacts().stream().map(c -> new VCard(c.name(), VCards.of(c))).toList());
  }

  private static SenderCarousel carousel(String to, Carousel carousel) {
    TextPart body = carousel.body() == null ? null : new TextPart(carousel.body());
    return new SenderCarousel(
        to, body, carousel.cards().stream().map(WhapiRichMessages::card).toList());
  }

  private static CarouselCard card(Carousel.Card card) {
    var media = new CardMedia(WhapiMedia.media(card.media()), WhapiMedia.mimeType(card.media()));
    return new CarouselCard(
        card.id(), card.text(), WhapiMessages.quickReplies(card.buttons()), media);
  }

  private static CreateEvent event(String to, Event e) {
    Long end = e.end() == null ? null : e.end().getEpochSecond();
    return new CreateEvent(
        to, e.title(), e.description(), e.start().getEpochSecond(), end, e.location());
  }
}
