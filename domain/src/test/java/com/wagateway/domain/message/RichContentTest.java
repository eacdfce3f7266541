package com.wagateway.domain.message;

import static com.wagateway.domain.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.message.MessageContent.Contact;
import com.wagateway.domain.message.MessageContent.Interactive.Button;
import com.wagateway.domain.message.MessageContent.Media;
import com.wagateway.domain.message.Recipient.PhoneNumber;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The send types added by issue 14: GIF, short video, live location, contact list, carousel. */
class RichContentTest {
  private static final MediaSource URL = MediaSource.Url.parse("https://x.example/a", "media.url");
  private static final Button YES = new Button("yes", "Yes");

  @Nested
  class GifsAndShortVideos {
    @Test
    void aGifCarriesACaptionAShortVideoDoesNot() {
      assertThat(new Media(MessageType.GIF, URL, "ha", null).caption()).isEqualTo("ha");
      assertViolation(
          () -> new Media(MessageType.SHORT, URL, "ha", null),
          "caption",
          "short messages carry no caption");
    }
  }

  @Nested
  class LiveLocations {
    @Test
    void keepsAccuracySpeedHeadingAndComment() {
      var live = new LiveLocation(4.6, -74.08, 12, 3, 359, "On my way");

      assertThat(live.type()).isEqualTo(MessageType.LIVE_LOCATION);
      assertThat(live.degrees()).isEqualTo(359);
    }

    @Test
    void refusesOutOfRangeValuesNamingTheField() {
      assertViolation(
          () -> new LiveLocation(91, 0, null, null, null, null),
          "latitude",
          "must be between -90.0 and 90.0");
      assertViolation(
          () -> new LiveLocation(0, 0, -1, null, null, null), "accuracy", "must be 0 or more");
      assertViolation(
          () -> new LiveLocation(0, 0, null, -1, null, null), "speed", "must be 0 or more");
      assertViolation(
          () -> new LiveLocation(0, 0, null, null, 360, null),
          "degrees",
          "must be between 0.0 and 359.0");
    }
  }

  @Nested
  class ContactLists {
    private final Contact ana = new Contact("Ana", new PhoneNumber("573109876543"), null, null);

    @Test
    void takesOneToFiftyContacts() {
      assertThat(new ContactList(List.of(ana)).contacts()).containsExactly(ana);
      assertThat(new ContactList(Collections.nCopies(ContactList.MAX, ana)).contacts()).hasSize(50);
      assertViolation(
          () -> new ContactList(List.of()), "contacts", "must have between 1 and 50 items");
      assertViolation(
          () -> new ContactList(Collections.nCopies(51, ana)),
          "contacts",
          "must have between 1 and 50 items");
    }
  }

  @Nested
  class Carousels {
    private Carousel.Card card(String id) {
      return new Carousel.Card(id, URL, "Card " + id, List.of(YES));
    }

    @Test
    void takesOneToTenCardsWithDistinctIds() {
      assertThat(new Carousel("Pick one", List.of(card("a"), card("b"))).cards()).hasSize(2);
      assertViolation(
          () -> new Carousel(null, List.of(card("a"), card("a"))), "cards", "ids must be distinct");
      assertViolation(
          () -> new Carousel(null, List.of()), "cards", "must have between 1 and 10 items");
    }

    @Test
    void aCardNeedsMediaAndOneToThreeButtons() {
      assertViolation(
          () -> new Carousel.Card("a", null, null, List.of(YES)), "cards.media", "must be present");
      assertViolation(
          () -> new Carousel.Card("a", URL, null, List.of()),
          "cards.buttons",
          "must have between 1 and 3 items");
      assertViolation(
          () -> new Carousel.Card("a", URL, null, List.of(YES, YES)),
          "cards.buttons",
          "ids must be distinct");
    }
  }

  @Nested
  class Events {
    private final Instant start = Instant.parse("2026-12-05T18:00:00Z");

    @Test
    void needsATitleAndAStartAndEndsAfterItStarts() {
      assertThat(new Event("Launch", null, start, null, null).type()).isEqualTo(MessageType.EVENT);
      assertViolation(
          () -> new Event("Launch", null, null, null, null), "startTime", "must be present");
      assertViolation(
          () -> new Event("Launch", null, start, start, null),
          "endTime",
          "must be after startTime");
      assertViolation(() -> new Event(" ", null, start, null, null), "title", "must not be blank");
    }
  }
}
