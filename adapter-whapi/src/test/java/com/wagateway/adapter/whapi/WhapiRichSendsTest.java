package com.wagateway.adapter.whapi;

import static com.wagateway.adapter.whapi.WhapiFixtures.MESSAGE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.message.Carousel;
import com.wagateway.domain.message.ContactList;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.Event;
import com.wagateway.domain.message.LiveLocation;
import com.wagateway.domain.message.MediaSource;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.MessageContent.Contact;
import com.wagateway.domain.message.MessageContent.Interactive.Button;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.port.Completions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The later send types leave through the unified send as exactly Whapi's documented request. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiRichSendsTest extends WhapiAdapterTest {
  private static final ReachLog REACHED = ReachLog.of(WhapiMessageSender.class, "sendRich");

  WhapiRichSendsTest() {
    super(REACHED);
  }

  private static final String PHONE = "573001234567";
  private static final String GROUP = "120363025987654321@g.us";
  private static final MediaSource CLIP = MediaSource.Url.parse("https://x.example/a.mp4", "url");

  @Inject WhapiMessageSender sender;

  private SentMessage send(String path, String answer, String to, MessageContent content) {
    WhapiFixtures.answers(wireMock, "POST", path, 200, answer);
    return Completions.join(
        sender.send(WhapiFixtures.account(), new OutboundMessage(Recipient.parse(to), content)));
  }

  private SentMessage send(String path, MessageContent content) {
    return send(path, WhapiFixtures.sentMessage(MESSAGE_ID, "sent"), PHONE, content);
  }

  @Test
  void sendsAGifWithItsCaptionAndReturnsWhapisId() {
    var sent = send("/messages/gif", new MessageContent.Media(MessageType.GIF, CLIP, "ha", null));

    assertThat(sent).isEqualTo(new SentMessage(MESSAGE_ID, DeliveryStatus.SENT));
    WhapiFixtures.assertPosted(
        wireMock,
        "/messages/gif",
        "{\"to\":\"%s\",\"media\":\"https://x.example/a.mp4\",\"caption\":\"ha\"}"
            .formatted(PHONE));
  }

  @Test
  void sendsAShortVideoFromInlineBytesWithItsMimeType() {
    var inline = new MediaSource.Inline("AAAAIGZ0eXA=", "video/mp4");

    send("/messages/short", new MessageContent.Media(MessageType.SHORT, inline, null, null));

    WhapiFixtures.assertPosted(
        wireMock,
        "/messages/short",
        "{\"to\":\"%s\",\"media\":\"data:video/mp4;base64,AAAAIGZ0eXA=\",\"mime_type\":\"video/mp4\"}"
            .formatted(PHONE));
  }

  @Test
  void sendsALiveLocationWithAccuracySpeedHeadingAndComment() {
    send("/messages/live_location", new LiveLocation(4.6, -74.08, 10, 3, 90, "On my way"));

    WhapiFixtures.assertPosted(
        wireMock,
        "/messages/live_location",
        """
        {"to":"%s","latitude":4.6,"longitude":-74.08,"accuracy":10,"speed":3,"degrees":90,
         "comment":"On my way"}
        """
            .formatted(PHONE));
  }

  @Test
  void sendsAContactListAsOneVCardPerContact() {
    var ana = new Contact("Ana Gómez", new Recipient.PhoneNumber("573109876543"), null, null);
    var luis = new Contact("Luis", new Recipient.PhoneNumber("573112223344"), "ACME", null);

    send("/messages/contact_list", new ContactList(List.of(ana, luis)));

    WhapiFixtures.assertPosted(
        wireMock,
        "/messages/contact_list",
        """
        {"to":"%s","list":[
          {"name":"Ana Gómez","vcard":"%s"},
          {"name":"Luis","vcard":"%s"}]}
        """
            .formatted(PHONE, escaped(VCards.of(ana)), escaped(VCards.of(luis))));
  }

  @Test
  void sendsACarouselWithQuickReplyButtonsAndMediaObjects() {
    var card = new Carousel.Card("boots", CLIP, "Boots", List.of(new Button("buy", "Buy")));

    send("/messages/carousel", new Carousel("Offers", List.of(card)));

    WhapiFixtures.assertPosted(
        wireMock,
        "/messages/carousel",
        """
        {"to":"%s","body":{"text":"Offers"},"cards":[{"id":"boots","text":"Boots",
         "buttons":[{"type":"quick_reply","title":"Buy","id":"buy"}],
         "media":{"media":"https://x.example/a.mp4"}}]}
        """
            .formatted(PHONE));
  }

  @Test
  void createsAnEventInUnixSecondsAndCountsItSentWithoutAnId() {
    var event =
        new Event(
            "Opening",
            "Coffee",
            Instant.parse("2026-12-05T18:00:00Z"),
            Instant.parse("2026-12-05T21:00:00Z"),
            "Main store");

    var sent = send("/communities/event", WhapiFixtures.SUCCESS, GROUP, event);

    assertThat(sent).isEqualTo(new SentMessage(null, DeliveryStatus.SENT));
    WhapiFixtures.assertPosted(
        wireMock,
        "/communities/event",
        """
        {"to":"%s","title":"Opening","description":"Coffee","startTime":1796493600,
         "endTime":1796504400,"locationName":"Main store"}
        """
            .formatted(GROUP));
  }

  @Test
  void translatesWhapisRefusalOfARichSend() {
    WhapiFixtures.answers(
        wireMock, "POST", "/messages/gif", 415, WhapiFixtures.error(415, "unsupported"));
    var gif = new MessageContent.Media(MessageType.GIF, CLIP, null, null);

    WhapiFixtures.failsWith(
        ErrorCode.PROVIDER_REJECTED,
        () ->
            Completions.join(
                sender.send(
                    WhapiFixtures.account(), new OutboundMessage(Recipient.parse(PHONE), gif))));
  }

  private static String escaped(String vcard) {
    return vcard.replace("\n", "\\n");
  }
}
