package com.wagateway.adapter.rest.validation;

import com.wagateway.domain.error.InvalidValueException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads optional query parameters into domain values, naming the parameter when one is wrong. */
public final class QueryValues {
  private QueryValues() {}

  /**
   * The constant of {@code type} named by {@code value} (any case), or null when absent.
   *
   * @throws InvalidValueException naming {@code field} and listing the allowed names
   */
  public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String names =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw new InvalidValueException(field, "must be one of " + names);
    }
  }

  /**
   * The instant {@code value} names, or null when absent.
   *
   * @throws InvalidValueException naming {@code field} when it is not ISO-8601
   */
  public static Instant instant(String value, String field) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          field, "must be an ISO-8601 instant such as 2026-11-22T18:30:00Z");
    }
  }
}
