package com.wagateway.adapter.whapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.event.ChatKind;
import com.wagateway.domain.event.InboundEvent;
import com.wagateway.domain.event.InboundEvent.MessageActed;
import com.wagateway.domain.event.InboundEvent.MessageReceived;
import com.wagateway.domain.event.InboundEvent.MessageStatusChanged;
import com.wagateway.domain.event.MessageAction;
import com.wagateway.domain.event.Normalized;
import com.wagateway.domain.event.ReceivedContent;
import com.wagateway.domain.event.ReceivedContent.ContactCard;
import com.wagateway.domain.event.ReceivedContent.InteractiveReply;
import com.wagateway.domain.event.ReceivedContent.LinkPreview;
import com.wagateway.domain.event.ReceivedContent.Media;
import com.wagateway.domain.event.ReceivedContent.Place;
import com.wagateway.domain.event.ReceivedContent.Poll;
import com.wagateway.domain.event.ReceivedMessage;
import com.wagateway.domain.event.ReceivedType;
import com.wagateway.domain.event.Sender;
import com.wagateway.domain.message.DeliveryStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One fixture per message type and action, written from Whapi's {@code Message}, {@code
 * MessageAction}, {@code MessageContentReply}, {@code MediaFile} and {@code MessageContext} schemas
 * (spec 1.8.7), read into the gateway's inbound model.
 */
class WhapiInboundFixturesTest {
  private static final String SHA = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
  private final WhapiWebhookNormalizer normalizer = new WhapiWebhookNormalizer(Clock.systemUTC());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "text-reply-in-group, TEXT",
    "image, IMAGE",
    "video, VIDEO",
    "gif, GIF",
    "audio, AUDIO",
    "voice, VOICE",
    "document, DOCUMENT",
    "sticker, STICKER",
    "location, LOCATION",
    "live-location, LIVE_LOCATION",
    "contact, CONTACT",
    "contact-list, CONTACT",
    "poll, POLL",
    "reply-button, INTERACTIVE_REPLY",
    "reply-list, INTERACTIVE_REPLY",
    "link-preview, LINK_PREVIEW",
    "order, ORDER",
    "system, SYSTEM"
  })
  void readsEveryDocumentedTypeCompletely(String fixture, ReceivedType type) {
    Normalized result = normalizer.normalize(fixture(fixture));

    assertThat(result.fullyUnderstood()).isTrue();
    ReceivedMessage message = only(result);
    assertThat(message.type()).isEqualTo(type);
    assertThat(message.raw()).isNull();
    assertThat(message.content()).isNotEqualTo(ReceivedContent.EMPTY);
  }

  @Test
  void readsAGroupTextWithItsContext() {
    ReceivedMessage text = only(normalizer.normalize(fixture("text-reply-in-group")));

    assertThat(text.chat().id()).isEqualTo("120363025246125486@g.us");
    assertThat(text.chat().kind()).isEqualTo(ChatKind.GROUP);
    assertThat(text.sender()).isEqualTo(new Sender("573009998877", "+573009998877", "Luis"));
    assertThat(text.content().text()).isEqualTo("@573009998877 yes, at 5");
    assertThat(text.forwarded()).isTrue();
    assertThat(text.mentions()).containsExactly("573009998877");
    assertThat(text.quoted())
        .isEqualTo(
            new ReceivedMessage.Quoted(
                "Ps0qUot3dM5.xyz-wA1bC2dE3f", ReceivedType.IMAGE, "Tonight?"));
  }

  @Test
  void readsAnImageWithItsMediaAndCaption() {
    ReceivedContent image = only(normalizer.normalize(fixture("image"))).content();

    assertThat(image.text()).isEqualTo("The invoice");
    assertThat(image.media())
        .isEqualTo(
            new Media("jpeg-a1b2c3d4-e5f6", "image/jpeg", null, 48213L, SHA, 1280, 960, null));
  }

  @Test
  void readsDurationsAndFileNames() {
    assertThat(only(normalizer.normalize(fixture("video"))).content().media().seconds())
        .isEqualTo(31);
    assertThat(only(normalizer.normalize(fixture("voice"))).content().media())
        .isEqualTo(
            new Media(
                "oga-a1b2c3d4-e5fa", "audio/ogg; codecs=opus", null, 12345L, SHA, null, null, 7));
    ReceivedContent document = only(normalizer.normalize(fixture("document"))).content();
    assertThat(document.media().fileName()).isEqualTo("contract.pdf");
    assertThat(document.text()).isEqualTo("Signed");
  }

  @Test
  void readsLocations() {
    assertThat(only(normalizer.normalize(fixture("location"))).content().location())
        .isEqualTo(new Place(4.710989, -74.072092, "Plaza de Bolívar", "Cra. 7 #11-10, Bogotá"));
    ReceivedContent live = only(normalizer.normalize(fixture("live-location"))).content();
    assertThat(live.location()).isEqualTo(new Place(6.244203, -75.581215, null, null));
    assertThat(live.text()).isEqualTo("On my way");
  }

  @Test
  void parsesContactCardsFromTheirVCards() {
    assertThat(only(normalizer.normalize(fixture("contact"))).content().contacts())
        .containsExactly(new ContactCard("María Pérez", List.of("+573001234567")));
    assertThat(only(normalizer.normalize(fixture("contact-list"))).content().contacts())
        .containsExactly(
            new ContactCard("María Pérez", List.of("+573001234567")),
            new ContactCard("Soporte Acme", List.of("+5215512345678", "+576015550100")));
  }

  @Test
  void readsAPoll() {
    assertThat(only(normalizer.normalize(fixture("poll"))).content().poll())
        .isEqualTo(new Poll("Which day?", List.of("Monday", "Tuesday", "Friday")));
  }

  @Test
  void readsTheButtonOrListRowTapped() {
    ReceivedMessage button = only(normalizer.normalize(fixture("reply-button")));
    assertThat(button.content().interactiveReply())
        .isEqualTo(
            new InteractiveReply(
                InteractiveReply.Kind.BUTTON, "ButtonsV3:confirm-order-123", "Confirm", null));
    assertThat(button.content().text()).isEqualTo("Confirm");
    assertThat(button.quoted().providerMessageId()).isEqualTo("PsQuo9yK9.abc-wQ7nX2yZc0");

    assertThat(only(normalizer.normalize(fixture("reply-list"))).content().interactiveReply())
        .isEqualTo(
            new InteractiveReply(
                InteractiveReply.Kind.LIST,
                "ListV3:plan-premium",
                "Premium",
                "Unlimited messages"));
  }

  @Test
  void readsALinkPreviewAnOrderAndASystemMessage() {
    ReceivedContent link = only(normalizer.normalize(fixture("link-preview"))).content();
    assertThat(link.text()).isEqualTo("Look https://example.com/offer");
    assertThat(link.linkPreview())
        .isEqualTo(
            new LinkPreview(
                "https://example.com/offer", "Black Friday offer", "50% off everything"));
    assertThat(only(normalizer.normalize(fixture("order"))).content().text()).isEqualTo("2 items");
    assertThat(only(normalizer.normalize(fixture("system"))).content().text())
        .isEqualTo("Messages and calls are end-to-end encrypted");
  }

  @Test
  void keepsAnUnknownTypeAsAnEventWithTheRawJson() {
    Normalized result = normalizer.normalize(fixture("unknown-call"));

    ReceivedMessage call = only(result);
    assertThat(call.type()).isEqualTo(ReceivedType.UNKNOWN);
    assertThat(call.raw()).contains("\"type\":\"call\"").contains("\"status\":\"missed\"");
    assertThat(result.fullyUnderstood()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "action-reaction, PsobWy36679._7w-wKmB9tMeGQ",
    "action-reaction-removed, PsobWy36679._7w-wKmB9tMeGQ",
    "action-edit, Ps1aTxt1yK9.abc-wQ7nX2yZa9",
    "action-delete, Ps1aTxt1yK9.abc-wQ7nX2yZa9",
    "action-vote, PsDPol9yK9.abc-wQ7nX2yZc3"
  })
  void readsActionsOnEarlierMessagesAsTheirOwnEvents(String fixture, String target) {
    Normalized result = normalizer.normalize(fixture(fixture));

    assertThat(result.fullyUnderstood()).isTrue();
    MessageActed acted = (MessageActed) result.events().get(0);
    assertThat(acted.target()).isEqualTo(target);
    assertThat(acted.dedupKey()).startsWith("whapi:MANTIS-M72HC:action:");
    assertThat(acted.occurredAt()).isEqualTo(Instant.ofEpochSecond(1764410000));
  }

  @Test
  void readsWhatEachActionDid() {
    assertThat(action("action-reaction")).isEqualTo(new MessageAction.Reaction("👍", false));
    assertThat(action("action-reaction-removed")).isEqualTo(new MessageAction.Reaction(null, true));
    assertThat(action("action-edit")).isEqualTo(new MessageAction.Edit("yes, at 6"));
    assertThat(action("action-delete")).isEqualTo(new MessageAction.Deletion());
    assertThat(action("action-vote")).isEqualTo(new MessageAction.Vote(List.of("Tuesday")));
  }

  @Test
  void readsAPlayedStatusInAGroupWithTheMemberItIsAbout() {
    Normalized result = normalizer.normalize(fixture("status-played-in-group"));

    MessageStatusChanged played = (MessageStatusChanged) result.events().get(0);
    assertThat(played.status()).isEqualTo(DeliveryStatus.PLAYED);
    assertThat(played.participant()).isEqualTo("573009998877@s.whatsapp.net");
    assertThat(played.dedupKey())
        .isEqualTo(
            "whapi:MANTIS-M72HC:status:PsobWy36679._7w-wKmB9tMeGQ:PLAYED:"
                + "573009998877@s.whatsapp.net");
  }

  @Test
  void anActionOfAnUnknownKindIsReceivedAsUnknownWithItsRawJson() {
    String pin = fixture("action-delete").replace("\"delete\"", "\"pin\"");

    Normalized result = normalizer.normalize(pin);
    ReceivedMessage message = only(result);
    assertThat(message.type()).isEqualTo(ReceivedType.UNKNOWN);
    assertThat(message.raw()).contains("\"pin\"");
    assertThat(result.fullyUnderstood()).isFalse();
  }

  private MessageAction action(String fixture) {
    return ((MessageActed) normalizer.normalize(fixture(fixture)).events().get(0)).action();
  }

  private static ReceivedMessage only(Normalized result) {
    assertThat(result.events()).hasSize(1);
    InboundEvent event = result.events().get(0);
    assertThat(event).isInstanceOf(MessageReceived.class);
    return ((MessageReceived) event).message();
  }

  static String fixture(String name) {
    String path = "/webhooks/inbound/" + name + ".json";
    try (InputStream in = WhapiInboundFixturesTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("No fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
