package com.wagateway.domain.label;

import com.wagateway.domain.error.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The id of a WhatsApp Business label: WhatsApp numbers its labels, so only digits are accepted,
 * and an id never changes the path it is put into.
 */
public record LabelId(String value) {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,10}");

  public LabelId {
    if (value == null || !DIGITS.matcher(value).matches()) {
      throw new InvalidValueException("labelId", "must be a label id of 1 to 10 digits");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
