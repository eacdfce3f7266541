package com.wagateway.domain.message;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.model.Require;
import java.util.regex.Pattern;

/** Who a message goes to: a phone number in international form, or a WhatsApp chat id. */
public sealed interface Recipient {

  /** The recipient as the caller would recognise it (digits for phones, the full chat id). */
  String value();

  /**
   * Parses a caller's {@code to}: {@code +573001234567}, {@code 57 (300) 123-4567}, {@code
   * 573001234567@s.whatsapp.net} or a group id {@code 120363...@g.us}.
   */
  static Recipient parse(String raw) {
    Require.present(raw, "to");
    String trimmed = raw.strip();
    if (trimmed.contains("@")) {
      return ChatId.of(trimmed);
    }
    return PhoneNumber.of(trimmed);
  }

  /** An international phone number kept as its digits (country code first, no '+'). */
  record PhoneNumber(String digits) implements Recipient {
    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{7,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()]");

    public PhoneNumber {
      if (digits == null || !DIGITS.matcher(digits).matches()) {
        throw new InvalidValueException(
            "to", "must be an international phone number of 8 to 15 digits with country code");
      }
    }

    static PhoneNumber of(String raw) {
      String cleaned = SEPARATORS.matcher(raw).replaceAll("");
      return new PhoneNumber(cleaned.startsWith("+") ? cleaned.substring(1) : cleaned);
    }

    @Override
    public String value() {
      return digits;
    }
  }

  /** A WhatsApp chat id: a person ({@code @s.whatsapp.net}) or a group ({@code @g.us}). */
  record ChatId(String value) implements Recipient {
    private static final Pattern PERSON = Pattern.compile("([1-9][0-9]{7,14})@s\\.whatsapp\\.net");
    private static final Pattern GROUP = Pattern.compile("[0-9]{8,24}(-[0-9]{6,12})?@g\\.us");

    public ChatId {
      if (value == null || !(PERSON.matcher(value).matches() || GROUP.matcher(value).matches())) {
        throw new InvalidValueException(
            "to", "must be a chat id ending in @s.whatsapp.net (person) or @g.us (group)");
      }
    }

    static ChatId of(String raw) {
      return new ChatId(raw.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean isGroup() {
      return value.endsWith("@g.us");
    }

    /** The phone digits of a person's chat id; a group has none. */
    public java.util.Optional<PhoneNumber> phoneNumber() {
      var matcher = PERSON.matcher(value);
      return matcher.matches()
          ? java.util.Optional.of(new PhoneNumber(matcher.group(1)))
          : java.util.Optional.empty();
    }
  }
}
