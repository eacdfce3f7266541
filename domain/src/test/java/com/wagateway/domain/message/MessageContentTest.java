package com.wagateway.domain.message;

import static com.wagateway.domain.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.message.MessageContent.Contact;
import com.wagateway.domain.message.MessageContent.Interactive;
import com.wagateway.domain.message.MessageContent.Interactive.Button;
import com.wagateway.domain.message.MessageContent.LinkPreview;
import com.wagateway.domain.message.MessageContent.Location;
import com.wagateway.domain.message.MessageContent.Media;
import com.wagateway.domain.message.MessageContent.Poll;
import com.wagateway.domain.message.MessageContent.Reaction;
import com.wagateway.domain.message.MessageContent.Text;
import com.wagateway.domain.message.Recipient.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageContentTest {
  private static final MediaSource URL = MediaSource.Url.parse("https://x.example/a", "media.url");
  private static final String GRINNING = "\uD83D\uDE00"; // one code point, two chars

  @Nested
  class TextContent {
    @Test
    void acceptsBodyOf4096CodePoints() {
      assertThat(new Text("a".repeat(4096), null, null).body()).hasSize(4096);
    }

    @Test
    void countsLengthInCodePointsNotChars() {
      String emojis = GRINNING.repeat(4096);

      assertThat(new Text(emojis, null, null).body()).hasSize(8192);
    }

    @Test
    void rejectsBodyOf4097CodePoints() {
      assertViolation(
          () -> new Text(GRINNING.repeat(4097), null, null),
          "text",
          "length must be between 1 and 4096 characters");
    }

    @Test
    void rejectsBlankOrMissingBody() {
      assertViolation(() -> new Text(" \n ", null, null), "text", "must not be blank");
      assertViolation(() -> new Text("", null, null), "text", "must not be blank");
      assertViolation(() -> new Text(null, null, null), "text", "must be present");
    }

    @Test
    void keepsOptionalQuoteAndLinkPreviewFlag() {
      Text text = new Text("hi", "wamid.123", false);

      assertThat(text.quotedMessageId()).isEqualTo("wamid.123");
      assertThat(text.linkPreview()).isFalse();
      assertThat(text.type()).isEqualTo(MessageType.TEXT);
    }

    @Test
    void rejectsBlankOrOverlongQuotedMessageId() {
      assertViolation(() -> new Text("hi", " ", null), "quotedMessageId", "must not be blank");
      assertViolation(
          () -> new Text("hi", "q".repeat(257), null),
          "quotedMessageId",
          "length must be between 1 and 256 characters");
    }
  }

  @Nested
  class MediaContent {
    @ParameterizedTest
    @EnumSource(
        value = MessageType.class,
        names = {"IMAGE", "VIDEO", "AUDIO", "VOICE", "DOCUMENT", "STICKER"})
    void acceptsEveryMediaTypeWithoutCaption(MessageType type) {
      Media media = new Media(type, URL, null, null);

      assertThat(media.type()).isEqualTo(type);
      assertThat(media.source()).isEqualTo(URL);
    }

    @ParameterizedTest
    @EnumSource(
        value = MessageType.class,
        names = {"IMAGE", "VIDEO", "DOCUMENT"})
    void acceptsCaptionOnImageVideoAndDocument(MessageType type) {
      assertThat(new Media(type, URL, "look", null).caption()).isEqualTo("look");
    }

    @ParameterizedTest
    @CsvSource({"AUDIO,audio", "VOICE,voice", "STICKER,sticker"})
    void rejectsCaptionOnAudioVoiceAndSticker(MessageType type, String path) {
      assertViolation(
          () -> new Media(type, URL, "look", null), "caption", path + " messages carry no caption");
    }

    @Test
    void acceptsFilenameOnDocument() {
      Media document = new Media(MessageType.DOCUMENT, URL, "Q3", "report.pdf");

      assertThat(document.filename()).isEqualTo("report.pdf");
    }

    @ParameterizedTest
    @EnumSource(
        value = MessageType.class,
        names = {"IMAGE", "VIDEO", "AUDIO", "VOICE", "STICKER"})
    void rejectsFilenameOnAnythingButDocument(MessageType type) {
      assertViolation(
          () -> new Media(type, URL, null, "a.bin"), "filename", "only documents carry a filename");
    }

    @ParameterizedTest
    @CsvSource({
      "TEXT,text",
      "LOCATION,location",
      "CONTACT,contact",
      "LINK_PREVIEW,link-preview",
      "POLL,poll",
      "INTERACTIVE,interactive",
      "REACTION,reaction",
      "LIVE_LOCATION,live-location",
      "EVENT,event"
    })
    void rejectsNonMediaType(MessageType type, String path) {
      assertViolation(
          () -> new Media(type, URL, null, null), "type", path + " is not a media type");
    }

    @Test
    void rejectsMissingTypeOrSource() {
      assertViolation(() -> new Media(null, URL, null, null), "type", "must be present");
      assertViolation(
          () -> new Media(MessageType.IMAGE, null, null, null), "media", "must be present");
    }

    @Test
    void limitsCaptionTo1024AndFilenameTo255() {
      assertThat(new Media(MessageType.DOCUMENT, URL, "c".repeat(1024), "f".repeat(255)))
          .isNotNull();
      assertViolation(
          () -> new Media(MessageType.IMAGE, URL, "c".repeat(1025), null),
          "caption",
          "length must be between 1 and 1024 characters");
      assertViolation(
          () -> new Media(MessageType.DOCUMENT, URL, null, "f".repeat(256)),
          "filename",
          "length must be between 1 and 255 characters");
    }

    @Test
    void rejectsBlankCaption() {
      assertViolation(
          () -> new Media(MessageType.IMAGE, URL, " ", null), "caption", "must not be blank");
    }
  }

  @Nested
  class LocationContent {
    @ParameterizedTest
    @CsvSource({"-90,-180", "90,180", "0,0", "4.711,-74.0721"})
    void acceptsCoordinatesWithinRangeIncludingBoundaries(double latitude, double longitude) {
      Location location = new Location(latitude, longitude, null, null);

      assertThat(location.latitude()).isEqualTo(latitude);
      assertThat(location.longitude()).isEqualTo(longitude);
      assertThat(location.type()).isEqualTo(MessageType.LOCATION);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-90.0001, 90.0001, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsLatitudeOutOfRange(double latitude) {
      assertViolation(
          () -> new Location(latitude, 0, null, null),
          "latitude",
          "must be between -90.0 and 90.0");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-180.0001, 180.0001, Double.NaN, Double.NEGATIVE_INFINITY})
    void rejectsLongitudeOutOfRange(double longitude) {
      assertViolation(
          () -> new Location(0, longitude, null, null),
          "longitude",
          "must be between -180.0 and 180.0");
    }

    @Test
    void limitsNameAndAddress() {
      assertThat(new Location(1, 1, "n".repeat(256), "a".repeat(1024)).name()).hasSize(256);
      assertViolation(
          () -> new Location(1, 1, "n".repeat(257), null),
          "name",
          "length must be between 1 and 256 characters");
      assertViolation(
          () -> new Location(1, 1, null, "a".repeat(1025)),
          "address",
          "length must be between 1 and 1024 characters");
    }
  }

  @Nested
  class ContactContent {
    private final PhoneNumber phone = new PhoneNumber("573001234567");

    @Test
    void acceptsContactWithEmail() {
      Contact contact = new Contact("Ana", phone, "ACME", "ana@example.com");

      assertThat(contact.email()).isEqualTo("ana@example.com");
      assertThat(contact.type()).isEqualTo(MessageType.CONTACT);
    }

    @Test
    void acceptsContactWithoutOptionalFields() {
      assertThat(new Contact("Ana", phone, null, null).organization()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana", "ana@example", "@example.com", "ana@@example.com", "a na@x.com"})
    void rejectsMalformedEmail(String email) {
      assertViolation(
          () -> new Contact("Ana", phone, null, email),
          "contact.email",
          "must be an e-mail address");
    }

    @Test
    void requiresNameAndPhone() {
      assertViolation(
          () -> new Contact(" ", phone, null, null), "contact.name", "must not be blank");
      assertViolation(
          () -> new Contact("Ana", null, null, null), "contact.phone", "must be present");
    }
  }

  @Nested
  class LinkPreviewContent {
    private final MediaSource.Url site = MediaSource.Url.parse("https://example.com/post", "url");

    @Test
    void acceptsBodyThatContainsTheUrl() {
      LinkPreview preview =
          new LinkPreview("Read https://example.com/post now", site, "Post", "About it", URL);

      assertThat(preview.type()).isEqualTo(MessageType.LINK_PREVIEW);
      assertThat(preview.preview()).isEqualTo(URL);
    }

    @Test
    void acceptsInlineOrMissingPreviewImage() {
      var inline = new MediaSource.Inline("iVBORw0KGgo=", "image/png");

      assertThat(new LinkPreview("https://example.com/post", site, "T", null, inline).preview())
          .isEqualTo(inline);
      assertThat(new LinkPreview("https://example.com/post", site, "T", null, null).preview())
          .isNull();
    }

    @Test
    void rejectsBodyWithoutTheUrl() {
      assertViolation(
          () -> new LinkPreview("Read https://example.com/other", site, "Post", null, null),
          "text",
          "must contain the url being previewed");
    }

    @Test
    void rejectsStoredPreviewImage() {
      assertViolation(
          () ->
              new LinkPreview(
                  "https://example.com/post", site, "T", null, new MediaSource.Stored("m1")),
          "preview",
          "must be a url or base64 image");
    }

    @Test
    void requiresUrlAndTitle() {
      assertViolation(
          () -> new LinkPreview("https://example.com/post", null, "T", null, null),
          "url",
          "must be present");
      assertViolation(
          () -> new LinkPreview("https://example.com/post", site, null, null, null),
          "title",
          "must be present");
    }
  }

  @Nested
  class PollContent {
    private List<String> options(int count) {
      return IntStream.rangeClosed(1, count).mapToObj(i -> "option " + i).toList();
    }

    @Test
    void acceptsTwoToTwelveOptions() {
      assertThat(new Poll("Lunch?", options(2), 1).options()).hasSize(2);
      assertThat(new Poll("Lunch?", options(12), 12).options()).hasSize(12);
      assertThat(new Poll("Lunch?", options(3), 1).type()).isEqualTo(MessageType.POLL);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 13})
    void rejectsTooFewOrTooManyOptions(int count) {
      assertViolation(
          () -> new Poll("Lunch?", options(count), 1),
          "options",
          "must have between 2 and 12 items");
    }

    @Test
    void rejectsRepeatedOptions() {
      assertViolation(
          () -> new Poll("Lunch?", List.of("Pizza", "Sushi", "Pizza"), 1),
          "options",
          "must be distinct");
    }

    @Test
    void rejectsBlankOptionNamingItsIndex() {
      assertViolation(
          () -> new Poll("Lunch?", List.of("Pizza", " "), 1), "options[1]", "must not be blank");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 4})
    void rejectsMaxSelectionsOutsideOneToOptionCount(int maxSelections) {
      assertViolation(
          () -> new Poll("Lunch?", options(3), maxSelections),
          "maxSelections",
          "must be between 1 and the number of options");
    }

    @Test
    void keepsAnImmutableCopyOfTheOptions() {
      List<String> options = new ArrayList<>(List.of("Pizza", "Sushi"));
      Poll poll = new Poll("Lunch?", options, 2);

      options.add("Tacos");

      assertThat(poll.options()).containsExactly("Pizza", "Sushi");
    }

    @Test
    void rejectsMissingOptionsOrTitle() {
      assertViolation(() -> new Poll("Lunch?", null, 1), "options", "must be present");
      assertViolation(() -> new Poll(" ", options(2), 1), "title", "must not be blank");
    }
  }

  @Nested
  class InteractiveContent {
    private final Button yes = new Button("yes", "Yes");
    private final Button no = new Button("no", "No");
    private final Button later = new Button("later", "Later");

    @Test
    void acceptsOneToThreeButtons() {
      assertThat(new Interactive(null, "Pick", null, List.of(yes)).buttons()).hasSize(1);
      assertThat(new Interactive("H", "Pick", "F", List.of(yes, no, later)).buttons())
          .containsExactly(yes, no, later);
      assertThat(new Interactive(null, "Pick", null, List.of(yes)).type())
          .isEqualTo(MessageType.INTERACTIVE);
    }

    @Test
    void rejectsNoButtonsOrMoreThanThree() {
      assertViolation(
          () -> new Interactive(null, "Pick", null, List.of()),
          "buttons",
          "must have between 1 and 3 items");
      assertViolation(
          () -> new Interactive(null, "Pick", null, List.of(yes, no, later, new Button("x", "X"))),
          "buttons",
          "must have between 1 and 3 items");
    }

    @Test
    void rejectsButtonsWithTheSameId() {
      assertViolation(
          () -> new Interactive(null, "Pick", null, List.of(yes, new Button("yes", "Sure"))),
          "buttons",
          "ids must be distinct");
    }

    @Test
    void acceptsButtonTitleOf20CodePointsButNotMore() {
      assertThat(new Button("b", GRINNING.repeat(20)).title()).hasSize(40);
      assertViolation(
          () -> new Button("b", "t".repeat(21)),
          "buttons.title",
          "length must be between 1 and 20 characters");
    }

    @Test
    void rejectsBlankButtonIdOrTitle() {
      assertViolation(() -> new Button(" ", "Yes"), "buttons.id", "must not be blank");
      assertViolation(() -> new Button("yes", null), "buttons.title", "must be present");
    }

    @Test
    void limitsHeaderAndFooterTo60AndRequiresBody() {
      assertViolation(
          () -> new Interactive("h".repeat(61), "Pick", null, List.of(yes)),
          "header",
          "length must be between 1 and 60 characters");
      assertViolation(
          () -> new Interactive(null, "Pick", "f".repeat(61), List.of(yes)),
          "footer",
          "length must be between 1 and 60 characters");
      assertViolation(
          () -> new Interactive(null, null, null, List.of(yes)), "body", "must be present");
    }
  }

  @Nested
  class ReactionContent {
    @Test
    void acceptsOneEmoji() {
      Reaction reaction = new Reaction("wamid.1", "\uD83D\uDC4D");

      assertThat(reaction.emoji()).isEqualTo("\uD83D\uDC4D");
      assertThat(reaction.type()).isEqualTo(MessageType.REACTION);
    }

    @Test
    void acceptsEmptyEmojiToRemoveTheReaction() {
      assertThat(new Reaction("wamid.1", "").emoji()).isEmpty();
    }

    @Test
    void acceptsComposedEmojiOfUpToTenCodePoints() {
      String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";

      assertThat(new Reaction("wamid.1", family).emoji()).isEqualTo(family);
    }

    @Test
    void rejectsMoreThanTenCodePoints() {
      assertViolation(
          () -> new Reaction("wamid.1", GRINNING.repeat(11)),
          "emoji",
          "must be one emoji, or empty to remove");
    }

    @Test
    void requiresEmojiAndMessageId() {
      assertViolation(() -> new Reaction("wamid.1", null), "emoji", "must be present");
      assertViolation(() -> new Reaction(" ", "x"), "messageId", "must not be blank");
    }
  }

  @Nested
  class Outbound {
    @Test
    void takesItsTypeFromTheContent() {
      var message =
          new OutboundMessage(new PhoneNumber("573001234567"), new Text("hi", null, null));

      assertThat(message.type()).isEqualTo(MessageType.TEXT);
    }

    @Test
    void requiresRecipientAndContent() {
      assertViolation(
          () -> new OutboundMessage(null, new Text("hi", null, null)), "to", "must be present");
      assertViolation(
          () -> new OutboundMessage(new PhoneNumber("573001234567"), null),
          "content",
          "must be present");
    }
  }
}
