package com.wagateway.adapter.whapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.Recipient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The adapter's pure helpers: Retry-After parsing, vCard rendering, error details. */
class WhapiUnitsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2015-10-21T07:27:00Z"), ZoneOffset.UTC);

  @Test
  void readsRetryAfterSeconds() {
    assertThat(RetryAfter.parse("120", CLOCK)).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void readsRetryAfterHttpDateAgainstTheClock() {
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", CLOCK))
        .isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void treatsARetryAfterDateInThePastAsNow() {
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", CLOCK)).isZero();
  }

  @Test
  void ignoresAbsentOrUnreadableRetryAfter() {
    assertThat(RetryAfter.parse(null, CLOCK)).isNull();
    assertThat(RetryAfter.parse(" ", CLOCK)).isNull();
    assertThat(RetryAfter.parse("soon", CLOCK)).isNull();
    assertThat(RetryAfter.parse("99999999999999999999999", CLOCK)).isNull();
  }

  @Test
  void rendersAOneWordNameWithoutOrganizationOrEmail() {
    var contact =
        new MessageContent.Contact("Cher", new Recipient.PhoneNumber("14155550100"), null, null);

    assertThat(VCards.of(contact))
        .isEqualTo(
            "BEGIN:VCARD\nVERSION:3.0\nN:;Cher;;;\nFN:Cher\n"
                + "TEL;type=CELL;waid=14155550100:+14155550100\nEND:VCARD");
  }

  @Test
  void escapesVCardSpecialCharacters() {
    var contact =
        new MessageContent.Contact(
            "Ana", new Recipient.PhoneNumber("14155550100"), "Acme, Inc; Ltd", null);

    assertThat(VCards.of(contact)).contains("ORG:Acme\\, Inc\\; Ltd\n");
  }

  @Test
  void keepsOnlyWhapisErrorMessageFromAResponseError() {
    assertThat(WhapiErrorDetail.providerMessage("{\"error\":{\"code\":400,\"message\":\"Bad\"}}"))
        .isEqualTo("Bad");
    assertThat(WhapiErrorDetail.providerMessage("<html>oops</html>")).isNull();
    assertThat(WhapiErrorDetail.providerMessage("{\"error\":{\"code\":400}}")).isNull();
  }
}
