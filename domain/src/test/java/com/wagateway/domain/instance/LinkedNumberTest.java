package com.wagateway.domain.instance;

import static com.wagateway.domain.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkedNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"15550001234", "15550001234@s.whatsapp.net", "15550001234@c.us"})
  void readsThePhoneDigitsOfAWhatsAppId(String waId) {
    assertThat(LinkedNumber.fromWhatsAppId(waId, "Demo Store"))
        .contains(new LinkedNumber("15550001234", "Demo Store"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "demo", "+15550001234", "120363025246125888@g.us", "0123456789"})
  void readsNothingFromAnIdThatIsNotAPhoneNumber(String waId) {
    assertThat(LinkedNumber.fromWhatsAppId(waId, "Demo Store")).isEmpty();
  }

  @Test
  void keepsABlankNameAsUnknown() {
    assertThat(new LinkedNumber("15550001234", " ").name()).isNull();
  }

  @Test
  void refusesAPhoneThatIsNotDigits() {
    assertViolation(
        () -> new LinkedNumber("+15550001234", null),
        "phone",
        "must be the digits of an international number");
  }

  @Test
  void aReadingWithoutTheAccountHasNone() {
    InstanceState state =
        new InstanceState(ConnectionState.CONNECTED, "AUTH", Instant.parse("2026-01-01T00:00:00Z"));

    assertThat(state.linked()).isNull();
  }
}
