package com.wagateway.domain.instance;

import com.wagateway.domain.error.InvalidValueException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WhatsApp account a connected instance is linked to, so an operator sees which number they
 * linked: its phone digits (country code first, no '+') and its name when the provider reports one.
 */
public record LinkedNumber(String phone, String name) {
  private static final Pattern PHONE = Pattern.compile("[1-9][0-9]{6,14}");

  /**
   * Phone digits, optionally followed by a person's suffix ({@code @s.whatsapp.net},
   * {@code @c.us}).
   */
  private static final Pattern WA_ID =
      Pattern.compile("(" + PHONE.pattern() + ")(@s\\.whatsapp\\.net|@c\\.us)?");

  public LinkedNumber {
    if (phone == null || !PHONE.matcher(phone).matches()) {
      throw new InvalidValueException("phone", "must be the digits of an international number");
    }
    name = name == null || name.isBlank() ? null : name;
  }

  /**
   * Reads a provider's WhatsApp id of the own account; an id that is not a phone number (absent, or
   * a form a provider may add later) yields nothing rather than a failed status reading.
   */
  public static Optional<LinkedNumber> fromWhatsAppId(String waId, String name) {
    Matcher matcher = waId == null ? null : WA_ID.matcher(waId.strip());
    if (matcher == null || !matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new LinkedNumber(matcher.group(1), name));
  }
}
