package com.wagateway.domain.model;

import com.wagateway.domain.error.InvalidValueException;
import java.util.Collection;

/** Small guards that value objects use to validate themselves; each names the offending field. */
public final class Require {
  private Require() {}

  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, "must be present");
    }
    return value;
  }

  public static String text(String value, String field, int min, int max) {
    present(value, field);
    int length = value.codePointCount(0, value.length());
    if (value.isBlank() && min > 0) {
      throw new InvalidValueException(field, "must not be blank");
    }
    if (length < min || length > max) {
      throw new InvalidValueException(
          field, "length must be between " + min + " and " + max + " characters");
    }
    return value;
  }

  /** Like {@link #text} but accepts {@code null} for optional fields. */
  public static String optionalText(String value, String field, int max) {
    return value == null ? null : text(value, field, 1, max);
  }

  public static <C extends Collection<?>> C size(C values, String field, int min, int max) {
    present(values, field);
    int index = 0;
    for (Object value : values) {
      present(value, field + "[" + index++ + "]");
    }
    if (values.size() < min || values.size() > max) {
      throw new InvalidValueException(field, "must have between " + min + " and " + max + " items");
    }
    return values;
  }

  public static double range(double value, String field, double min, double max) {
    if (Double.isNaN(value) || value < min || value > max) {
      throw new InvalidValueException(field, "must be between " + min + " and " + max);
    }
    return value;
  }
}
