package com.wagateway.domain.contact;

import com.wagateway.domain.error.InvalidValueException;
import java.util.regex.Pattern;

/**
 * A WhatsApp user by phone number: 7 to 15 digits with the country code, no {@code +}, spaces or
 * suffix, so that an id never changes the path it is put into.
 */
public record ContactId(String value) {
  private static final Pattern PHONE = Pattern.compile("[0-9]{7,15}");

  public ContactId {
    if (value == null || !PHONE.matcher(value).matches()) {
      throw new InvalidValueException(
          "contactId", "must be a phone number of 7 to 15 digits with the country code");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
