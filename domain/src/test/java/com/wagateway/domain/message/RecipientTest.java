package com.wagateway.domain.message;

import static com.wagateway.domain.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.message.Recipient.ChatId;
import com.wagateway.domain.message.Recipient.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecipientTest {
  private static final String PHONE_RULE =
      "must be an international phone number of 8 to 15 digits with country code";
  private static final String CHAT_RULE =
      "must be a chat id ending in @s.whatsapp.net (person) or @g.us (group)";

  @Test
  void parsesInternationalNumberWithPlus() {
    assertThat(Recipient.parse("+573001234567")).isEqualTo(new PhoneNumber("573001234567"));
  }

  @Test
  void parsesNumberWithoutPlus() {
    assertThat(Recipient.parse("573001234567").value()).isEqualTo("573001234567");
  }

  @Test
  void parsesPhoneNumberWithSpacesDashesAndParentheses() {
    assertThat(Recipient.parse("+57 (300) 123-4567").value()).isEqualTo("573001234567");
  }

  @Test
  void stripsSurroundingWhitespaceBeforeParsing() {
    assertThat(Recipient.parse("  +573001234567\t").value()).isEqualTo("573001234567");
  }

  @Test
  void acceptsShortestAndLongestNumbers() {
    assertThat(Recipient.parse("12345678").value()).isEqualTo("12345678");
    assertThat(Recipient.parse("123456789012345").value()).isEqualTo("123456789012345");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1234567", // 7 digits: too short
        "+1234567",
        "1234567890123456", // 16 digits: too long
        "0573001234567", // leading zero: not international
        "+0573001234567",
        "57300ABC4567", // letters
        "+57.300.123.4567", // dots are not separators
        "++573001234567",
        "57+3001234567",
        ""
      })
  void rejectsMalformedPhoneNumbers(String raw) {
    assertViolation(() -> Recipient.parse(raw), "to", PHONE_RULE);
  }

  @Test
  void rejectsMissingRecipient() {
    assertViolation(() -> Recipient.parse(null), "to", "must be present");
  }

  @Test
  void rejectsNullDigitsInPhoneNumber() {
    assertViolation(() -> new PhoneNumber(null), "to", PHONE_RULE);
  }

  @Test
  void parsesPersonChatId() {
    Recipient recipient = Recipient.parse("573001234567@s.whatsapp.net");

    assertThat(recipient).isInstanceOf(ChatId.class);
    assertThat(recipient.value()).isEqualTo("573001234567@s.whatsapp.net");
    assertThat(((ChatId) recipient).isGroup()).isFalse();
    assertThat(((ChatId) recipient).phoneNumber()).contains(new PhoneNumber("573001234567"));
  }

  @Test
  void parsesGroupChatId() {
    ChatId group = (ChatId) Recipient.parse("120363025343298765@g.us");

    assertThat(group.value()).isEqualTo("120363025343298765@g.us");
    assertThat(group.isGroup()).isTrue();
    assertThat(group.phoneNumber()).isEmpty();
  }

  @Test
  void parsesLegacyGroupChatIdWithCreatorAndTimestamp() {
    ChatId group = (ChatId) Recipient.parse("573001234567-1612345678@g.us");

    assertThat(group.isGroup()).isTrue();
    assertThat(group.value()).isEqualTo("573001234567-1612345678@g.us");
  }

  @Test
  void normalisesUpperCaseChatIdToLowerCase() {
    assertThat(Recipient.parse("573001234567@S.WhatsApp.NET").value())
        .isEqualTo("573001234567@s.whatsapp.net");
    assertThat(Recipient.parse(" 120363025343298765@G.US ").value())
        .isEqualTo("120363025343298765@g.us");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "573001234567@c.us", // bad suffix
        "573001234567@whatsapp.net",
        "573001234567@s.whatsapp.net.evil.com",
        "573001234567@g.us.com",
        "@s.whatsapp.net",
        "0573001234567@s.whatsapp.net", // leading zero for a person
        "1234567@s.whatsapp.net", // person too short
        "1234567890123456@s.whatsapp.net", // person too long
        "+573001234567@s.whatsapp.net",
        "57 300 1234567@s.whatsapp.net",
        "1234567@g.us", // group too short
        "1234567890123456789012345@g.us", // group too long
        "abcdefghij@g.us",
        "573001234567-123@g.us", // group suffix too short
        "573001234567@s.whatsapp.net@g.us"
      })
  void rejectsMalformedChatIds(String raw) {
    assertViolation(() -> Recipient.parse(raw), "to", CHAT_RULE);
  }

  @Test
  void rejectsGroupIdWithoutDigits() {
    assertViolation(() -> Recipient.parse("@g.us"), "to", CHAT_RULE);
  }

  @Test
  void chatIdConstructorDoesNotNormaliseCase() {
    assertViolation(() -> new ChatId("120363025343298765@G.US"), "to", CHAT_RULE);
  }

  @Test
  void rejectsNullChatId() {
    assertViolation(() -> new ChatId(null), "to", CHAT_RULE);
  }
}
