package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.BEARER;
import static com.wagateway.adapter.whapi.WhapiFixtures.MESSAGE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.MediaSource;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.MessageContent.Interactive.Button;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.port.Completions;
import com.wagateway.domain.port.Operation;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each message type leaves as exactly the request Whapi's OpenAPI documents. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiMessageSenderTest extends WhapiAdapterTest {
  private static final ReachLog REACHED = ReachLog.of(WhapiMessageSender.class, "send");

  WhapiMessageSenderTest() {
    super(REACHED);
  }

  private static final String PHONE = "573001234567";
  private static final String PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUg==";

  @Inject WhapiMessageSender sender;

  private SentMessage send(String path, String to, MessageContent content) {
    wireMock.stubFor(
        post(path).willReturn(okJson(WhapiFixtures.sentMessage(MESSAGE_ID, "pending"))));
    return Completions.join(
        sender.send(WhapiFixtures.account(), new OutboundMessage(Recipient.parse(to), content)));
  }

  private void assertPosted(String path, String json) {
    WhapiFixtures.assertPosted(wireMock, path, json);
  }

  private static String json(Map<String, ?> body) throws JsonProcessingException {
    return new ObjectMapper().writeValueAsString(body);
  }

  private static MessageContent.Media media(MessageType type, MediaSource source) {
    return new MessageContent.Media(type, source, null, null);
  }

  private static MediaSource.Url url(String url) {
    return MediaSource.Url.parse(url, "url");
  }

  @Test
  void declaresEveryMessageTypeAsSupported() {
    assertThat(sender.supportedOperations())
        .hasSize(MessageType.values().length)
        .allSatisfy(op -> assertThat(op.key()).startsWith("messages."))
        .contains(Operation.SEND_REACTION, Operation.SEND_INTERACTIVE);
  }

  @Test
  void sendsTextToThePhoneDigitsAndReturnsWhapisId() {
    var sent =
        send("/messages/text", "+57 300 123 4567", new MessageContent.Text("Hi", null, null));

    assertThat(sent).isEqualTo(new SentMessage(MESSAGE_ID, DeliveryStatus.ACCEPTED));
    assertPosted("/messages/text", "{\"to\":\"573001234567\",\"body\":\"Hi\"}");
  }

  @Test
  void sendsTextToAGroupChatIdAsIs() {
    send("/messages/text", "120363025987654321@g.us", new MessageContent.Text("Hi", null, null));

    assertPosted("/messages/text", "{\"to\":\"120363025987654321@g.us\",\"body\":\"Hi\"}");
  }

  @Test
  void sendsTheQuotedMessageIdAsQuoted() {
    send("/messages/text", PHONE, new MessageContent.Text("Yes", MESSAGE_ID, null));

    assertPosted(
        "/messages/text",
        "{\"to\":\"%s\",\"body\":\"Yes\",\"quoted\":\"%s\"}".formatted(PHONE, MESSAGE_ID));
  }

  @Test
  void sendsNoLinkPreviewWhenPreviewIsTurnedOff() {
    send("/messages/text", PHONE, new MessageContent.Text("https://x.example", null, false));

    assertPosted(
        "/messages/text",
        "{\"to\":\"%s\",\"body\":\"https://x.example\",\"no_link_preview\":true}".formatted(PHONE));
  }

  @Test
  void leavesNoLinkPreviewOutWhenPreviewIsWanted() {
    send("/messages/text", PHONE, new MessageContent.Text("https://x.example", null, true));

    assertPosted(
        "/messages/text", "{\"to\":\"%s\",\"body\":\"https://x.example\"}".formatted(PHONE));
  }

  @Test
  void sendsImageFromUrlAsMediaField() {
    var image =
        new MessageContent.Media(
            MessageType.IMAGE, url("https://cdn.example.com/a.jpg"), "Look", null);

    send("/messages/image", PHONE, image);

    assertPosted(
        "/messages/image",
        "{\"to\":\"%s\",\"media\":\"https://cdn.example.com/a.jpg\",\"caption\":\"Look\"}"
            .formatted(PHONE));
  }

  @Test
  void sendsImageFromBase64AsDataUriWithMimeType() {
    send(
        "/messages/image",
        PHONE,
        media(MessageType.IMAGE, new MediaSource.Inline(PNG_BASE64, "image/png")));

    assertPosted(
        "/messages/image",
        "{\"to\":\"%s\",\"media\":\"data:image/png;base64,%s\",\"mime_type\":\"image/png\"}"
            .formatted(PHONE, PNG_BASE64));
  }

  @Test
  void sendsVideoFromAStoredMediaIdAsMediaField() {
    var video =
        new MessageContent.Media(
            MessageType.VIDEO, new MediaSource.Stored("mp4-5f2c9a-1b2c3d"), "Clip", null);

    send("/messages/video", PHONE, video);

    assertPosted(
        "/messages/video",
        "{\"to\":\"%s\",\"media\":\"mp4-5f2c9a-1b2c3d\",\"caption\":\"Clip\"}".formatted(PHONE));
  }

  @Test
  void sendsAudioFromUrl() {
    send("/messages/audio", PHONE, media(MessageType.AUDIO, url("https://cdn.example.com/a.mp3")));

    assertPosted(
        "/messages/audio",
        "{\"to\":\"%s\",\"media\":\"https://cdn.example.com/a.mp3\"}".formatted(PHONE));
  }

  @Test
  void sendsVoiceNoteFromBase64AsDataUri() {
    var voice = media(MessageType.VOICE, new MediaSource.Inline("T2dnUwACAAAA", "audio/ogg"));

    send("/messages/voice", PHONE, voice);

    assertPosted(
        "/messages/voice",
        "{\"to\":\"%s\",\"media\":\"data:audio/ogg;base64,T2dnUwACAAAA\",\"mime_type\":\"audio/ogg\"}"
            .formatted(PHONE));
  }

  @Test
  void sendsDocumentWithFilenameAndCaption() {
    var document =
        new MessageContent.Media(
            MessageType.DOCUMENT, url("https://cdn.example.com/i.pdf"), "Invoice", "invoice.pdf");

    send("/messages/document", PHONE, document);

    assertPosted(
        "/messages/document",
        """
        {"to":"%s","media":"https://cdn.example.com/i.pdf","caption":"Invoice",
         "filename":"invoice.pdf"}
        """
            .formatted(PHONE));
  }

  @Test
  void sendsStickerFromAStoredMediaId() {
    send(
        "/messages/sticker",
        PHONE,
        media(MessageType.STICKER, new MediaSource.Stored("webp-9a8b7c")));

    assertPosted("/messages/sticker", "{\"to\":\"%s\",\"media\":\"webp-9a8b7c\"}".formatted(PHONE));
  }

  @Test
  void sendsLocationWithNameAndAddress() {
    var location = new MessageContent.Location(4.5981, -74.0758, "Plaza de Bolívar", "Bogotá");

    send("/messages/location", PHONE, location);

    assertPosted(
        "/messages/location",
        """
        {"to":"%s","latitude":4.5981,"longitude":-74.0758,"name":"Plaza de Bolívar",
         "address":"Bogotá"}
        """
            .formatted(PHONE));
  }

  @Test
  void sendsContactAsVCard30() throws JsonProcessingException {
    var contact =
        new MessageContent.Contact(
            "Ana María López",
            new Recipient.PhoneNumber("573009876543"),
            "Acme",
            "ana@example.com");

    send("/messages/contact", PHONE, contact);

    String vcard =
        "BEGIN:VCARD\nVERSION:3.0\nN:López;Ana María;;;\nFN:Ana María López\nORG:Acme\n"
            + "TEL;type=CELL;waid=573009876543:+573009876543\nEMAIL:ana@example.com\nEND:VCARD";
    assertPosted(
        "/messages/contact", json(Map.of("to", PHONE, "name", "Ana María López", "vcard", vcard)));
  }

  @Test
  void sendsLinkPreviewWithTitleDescriptionCanonicalAndImageUrl() {
    var preview =
        new MessageContent.LinkPreview(
            "See https://whapi.cloud/features",
            url("https://whapi.cloud/features"),
            "Features",
            "What Whapi does",
            url("https://whapi.cloud/img.png"));

    send("/messages/link_preview", PHONE, preview);

    assertPosted(
        "/messages/link_preview",
        """
        {"to":"%s","body":"See https://whapi.cloud/features","title":"Features",
         "description":"What Whapi does","canonical":"https://whapi.cloud/features",
         "media":"https://whapi.cloud/img.png"}
        """
            .formatted(PHONE));
  }

  @Test
  void sendsLinkPreviewWithAnInlineImageAsDataUri() {
    var preview =
        new MessageContent.LinkPreview(
            "See https://whapi.cloud",
            url("https://whapi.cloud"),
            "Whapi",
            null,
            new MediaSource.Inline(PNG_BASE64, "image/png"));

    send("/messages/link_preview", PHONE, preview);

    assertPosted(
        "/messages/link_preview",
        """
        {"to":"%s","body":"See https://whapi.cloud","title":"Whapi",
         "canonical":"https://whapi.cloud","media":"data:image/png;base64,%s",
         "mime_type":"image/png"}
        """
            .formatted(PHONE, PNG_BASE64));
  }

  @Test
  void sendsSingleChoicePollWithCountOne() {
    send("/messages/poll", PHONE, new MessageContent.Poll("Lunch?", List.of("Yes", "No"), 1));

    assertPosted(
        "/messages/poll",
        "{\"to\":\"%s\",\"title\":\"Lunch?\",\"options\":[\"Yes\",\"No\"],\"count\":1}"
            .formatted(PHONE));
  }

  @Test
  void sendsMultipleChoicePollWithCountZero() {
    var poll = new MessageContent.Poll("Days?", List.of("Mon", "Tue", "Wed"), 3);

    send("/messages/poll", PHONE, poll);

    assertPosted(
        "/messages/poll",
        "{\"to\":\"%s\",\"title\":\"Days?\",\"options\":[\"Mon\",\"Tue\",\"Wed\"],\"count\":0}"
            .formatted(PHONE));
  }

  @Test
  void sendsInteractiveQuickReplyButtons() {
    var buttons = List.of(new Button("yes", "Yes"), new Button("no", "No"));

    send(
        "/messages/interactive",
        PHONE,
        new MessageContent.Interactive("Order", "Confirm?", "Shop", buttons));

    assertPosted(
        "/messages/interactive",
        """
        {"to":"%s","type":"button","header":{"text":"Order"},"body":{"text":"Confirm?"},
         "footer":{"text":"Shop"},"action":{"buttons":[
           {"type":"quick_reply","title":"Yes","id":"yes"},
           {"type":"quick_reply","title":"No","id":"no"}]}}
        """
            .formatted(PHONE));
  }

  @Test
  void sendsInteractiveWithoutHeaderOrFooter() {
    var buttons = List.of(new Button("ok", "OK"));

    send(
        "/messages/interactive",
        PHONE,
        new MessageContent.Interactive(null, "Ready?", null, buttons));

    assertPosted(
        "/messages/interactive",
        """
        {"to":"%s","type":"button","body":{"text":"Ready?"},
         "action":{"buttons":[{"type":"quick_reply","title":"OK","id":"ok"}]}}
        """
            .formatted(PHONE));
  }

  @Test
  void sendsReactionAsPutOnTheReactedMessage() {
    String path = "/messages/" + MESSAGE_ID + "/reaction";
    wireMock.stubFor(put(path).willReturn(okJson(WhapiFixtures.SUCCESS)));

    var sent =
        Completions.join(
            sender.send(
                WhapiFixtures.account(),
                new OutboundMessage(
                    Recipient.parse(PHONE), new MessageContent.Reaction(MESSAGE_ID, "👍"))));

    assertThat(sent).isEqualTo(new SentMessage(null, DeliveryStatus.SENT));
    wireMock.verify(
        1,
        putRequestedFor(urlEqualTo(path))
            .withHeader("Authorization", equalTo(BEARER))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson("{\"emoji\":\"👍\"}")));
  }

  @Test
  void removesAReactionWithAnEmptyEmoji() {
    String path = "/messages/" + MESSAGE_ID + "/reaction";
    wireMock.stubFor(put(path).willReturn(okJson(WhapiFixtures.SUCCESS)));

    Completions.join(
        sender.send(
            WhapiFixtures.account(),
            new OutboundMessage(
                Recipient.parse(PHONE), new MessageContent.Reaction(MESSAGE_ID, ""))));

    wireMock.verify(
        1, putRequestedFor(urlEqualTo(path)).withRequestBody(equalToJson("{\"emoji\":\"\"}")));
  }
}
